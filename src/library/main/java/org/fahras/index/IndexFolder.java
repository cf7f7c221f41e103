package org.fahras.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;

/**
 * An index folder as {@link ArticleIndex} opens it: whether it holds a committed index, which analysis chain, chain
 * version and schema its commit data records (refusing another with {@link IndexMismatchException}), and Lucene's
 * writer configured and labelled for it.
 */
final class IndexFolder {
  private IndexFolder() {}

  static Directory openExisting(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index at " + dir + ": no such folder");
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no index at " + dir + " (no committed Lucene index in that folder)");
    }
    return directory;
  }

  static AnalysisChain readChain(Path dir, Directory directory) throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String name = data.get(Schema.META_ANALYZER);
    if (name == null) {
      throw new IndexMismatchException(dir, null, IndexMismatchException.Reason.UNKNOWN,
          "index at " + dir + " was not built by fahras (its commit data names no analyzer)");
    }
    String schema = data.get(Schema.META_SCHEMA);
    if (!Schema.VERSION.equals(schema)) {
      throw new IndexMismatchException(dir, name, IndexMismatchException.Reason.VERSION, "index at " + dir
          + " has schema version " + schema + ", this fahras reads version " + Schema.VERSION
          + ": reindex its articles into a new folder");
    }
    AnalysisChain chain;
    try {
      chain = AnalysisChain.forName(name);
    } catch (IllegalArgumentException e) {
      throw new IndexMismatchException(dir, name, IndexMismatchException.Reason.UNKNOWN,
          "index at " + dir + ": " + e.getMessage());
    }
    String version = data.get(Schema.META_CHAIN_VERSION);
    if (!chain.version().equals(version)) {
      throw new IndexMismatchException(dir, name, IndexMismatchException.Reason.VERSION, "index at " + dir
          + " was built by analysis chain \"" + name + "\" version " + version + ", this fahras has version "
          + chain.version()
          + ": its tokens differ, so reindex its articles into a new folder with analyzer \"" + name + "\"");
    }
    return chain;
  }

  static IndexWriter openWriter(Path dir, Directory directory, AnalysisChain chain,
      IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer(chain));
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false); // only commit() makes changes durable
    IndexWriter w;
    try {
      w = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(dir, e);
    }
    Map<String, String> data = new HashMap<>();
    data.put(Schema.META_ANALYZER, chain.name());
    data.put(Schema.META_CHAIN_VERSION, chain.version());
    data.put(Schema.META_SCHEMA, Schema.VERSION);
    w.setLiveCommitData(data.entrySet());
    if (mode == IndexWriterConfig.OpenMode.CREATE_OR_APPEND && !DirectoryReader.indexExists(directory)) {
      w.commit(); // an empty but valid, labelled index
    }
    return w;
  }

  /** The analyzer that writes an index of {@code chain}: stemmed fields and, where it has them, exact ones. */
  static Analyzer indexAnalyzer(AnalysisChain chain) {
    if (!chain.hasExact()) {
      return chain.stemmed();
    }
    return new PerFieldAnalyzerWrapper(chain.stemmed(),
        Map.of(Schema.TITLE_EXACT, chain.exact(), Schema.BODY_EXACT, chain.exact()));
  }
}
