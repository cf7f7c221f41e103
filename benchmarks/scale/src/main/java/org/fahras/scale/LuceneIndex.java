package org.fahras.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.fahras.bench.HandWrittenLuceneAccess;
import org.fahras.document.Article;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * The growth benchmark's {@code lucene} ingest: the main suite's hand-written plain Lucene index
 * (HandWrittenLucene, built there by BenchData.luceneIndex) of the articles in the given files, in its own process
 * so that scale.py measures it as it measures {@code bin/fahras index}: wall time, CPU time, GC log, index size.
 *
 * <pre>java -Xmx1g -cp scale-benchmark.jar:fahras-cli.jar org.fahras.scale.LuceneIndex --index DIR FILE...</pre>
 *
 * One IndexWriter with Lucene's defaults and ArabicAnalyzer, {@code addDocument} per article on one thread, one
 * commit at the end: what an embedder writes. The files are read by fahras's article reader (JSON lines, gzip or
 * not), as the CLI reads them; a record it cannot read is reported and left out, and the exit status is then 1.
 * Prints {@code read R, indexed I, rejected J} as {@code bin/fahras index} does.
 */
public final class LuceneIndex {
  private LuceneIndex() {}

  public static void main(String[] args) throws IOException {
    Path index = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--index") && i + 1 < args.length) {
        index = Path.of(args[++i]);
      } else if (args[i].startsWith("--")) {
        usage("unknown option " + args[i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (index == null || files.isEmpty()) {
      usage("give --index DIR and at least one file");
    }
    long[] counts = new long[3]; // read, indexed, rejected
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), HandWrittenLuceneAccess.config())) {
      ArticleReader.read(files, new ArticleReader.Handler() {
        @Override
        public void article(Article a, String file, long line) throws IOException {
          counts[0]++;
          w.addDocument(HandWrittenLuceneAccess.document(a));
          counts[1]++;
        }

        @Override
        public void rejected(Rejection r) {
          counts[0]++;
          counts[2]++;
          System.err.println("lucene-index: rejected: " + r);
        }
      });
      w.commit();
    }
    System.out.println("read " + counts[0] + ", indexed " + counts[1] + ", rejected " + counts[2]);
    if (counts[2] > 0) {
      System.exit(1);
    }
  }

  private static void usage(String problem) {
    System.err.println("lucene-index: " + problem
        + "\nusage: java -cp scale-benchmark.jar:fahras-cli.jar org.fahras.scale.LuceneIndex --index DIR FILE...");
    System.exit(2);
  }
}
