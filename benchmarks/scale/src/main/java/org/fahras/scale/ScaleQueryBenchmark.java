package org.fahras.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fahras.bench.HandWrittenLuceneAccess;
import org.fahras.index.ArticleIndex;
import org.fahras.search.SearchRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query shapes of benchmarks/.../QueryBenchmark (same query lists, same requests) on a grown archive of
 * {@code articles} articles under {@code fahras.scale.work}: sampled latency on one thread, from which run reads
 * p50 and p99. {@code fahras} and {@code stock} are indexes built by {@code bin/fahras index} and searched by
 * fahras; {@code lucene} is the main suite's hand-written plain Lucene baseline (HandWrittenLucene, through
 * {@link HandWrittenLuceneAccess}) on the index {@link LuceneIndex} built, given the same query texts as
 * QueryBenchmark gives it: the words for the word shapes and the phrase, the words and the source for the
 * filtered, faceted shape, the words for the highlighted one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ScaleQueryBenchmark {
  @Param({"fahras", "stock", "lucene"})
  public String analyzer;

  @Param({"40000"})
  public int articles;

  /** fahras and stock: the library's index; null for lucene. */
  ArticleIndex index;
  /** lucene: plain Lucene by hand; null otherwise. */
  HandWrittenLuceneAccess lucene;
  /** The query texts, for {@link #lucene}. */
  List<String> questionTexts;
  List<String> twoTexts;
  List<String> threeTexts;
  /** The source filter of each two-word query of the faceted shape. */
  List<String> filterSources;
  List<SearchRequest> questions;
  List<SearchRequest> twoWords;
  List<SearchRequest> threeWords;
  List<SearchRequest> phrases;
  List<SearchRequest> filteredFaceted;
  List<SearchRequest> highlighted;

  /** Per-thread position in each query list. */
  @State(Scope.Thread)
  public static class Cursor {
    int i;

    int next(int size) {
      int v = i;
      i = (i + 1) % size;
      return v % size;
    }
  }

  @Setup
  public void open() throws IOException {
    String dir = System.getProperty("fahras.scale.work");
    if (dir == null) {
      throw new IllegalStateException("set -Dfahras.scale.work to the folder of the indexes and queries/");
    }
    Path work = Path.of(dir);
    Path indexDir = work.resolve("index-" + analyzer + "-" + articles);
    if (analyzer.equals("lucene")) {
      lucene = new HandWrittenLuceneAccess(indexDir);
    } else {
      index = ArticleIndex.openForSearch(indexDir);
    }
    Path q = work.resolve("queries");
    questionTexts = read(q.resolve("questions.txt"));
    questions = questionTexts.stream()
        .map(s -> SearchRequest.builder(s).plainText(true).size(10).build()).toList();
    List<String> two = read(q.resolve("two.txt"));
    twoTexts = two;
    twoWords = two.stream().map(s -> SearchRequest.builder(s).plainText(true).size(10).build()).toList();
    threeTexts = read(q.resolve("three.txt"));
    threeWords = threeTexts.stream()
        .map(s -> SearchRequest.builder(s).plainText(true).size(10).build()).toList();
    phrases = two.stream().map(s -> SearchRequest.builder("\"" + s.replace("\"", "") + "\"").size(10).build()).toList();
    List<String> sources = read(q.resolve("sources.txt"));
    List<SearchRequest> f = new ArrayList<>();
    List<String> fs = new ArrayList<>();
    for (int i = 0; i < two.size(); i++) {
      f.add(SearchRequest.builder(two.get(i)).plainText(true).size(10).facets(true)
          .filter("source", sources.get(i % sources.size())).build());
      fs.add(sources.get(i % sources.size()));
    }
    filteredFaceted = List.copyOf(f);
    filterSources = List.copyOf(fs);
    highlighted = two.stream().map(s -> SearchRequest.builder(s).plainText(true).size(10).highlight(true).build())
        .toList();
  }

  private static List<String> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(file + ": no queries");
    }
    return lines;
  }

  @TearDown
  public void close() throws IOException {
    if (index != null) {
      index.close();
    }
    if (lucene != null) {
      lucene.close();
    }
  }

  @Benchmark
  public Object question(Cursor c) throws IOException {
    int i = c.next(questions.size());
    return lucene != null ? lucene.anyWords(questionTexts.get(i)) : index.search(questions.get(i));
  }

  @Benchmark
  public Object twoWords(Cursor c) throws IOException {
    int i = c.next(twoWords.size());
    return lucene != null ? lucene.anyWords(twoTexts.get(i)) : index.search(twoWords.get(i));
  }

  @Benchmark
  public Object threeWords(Cursor c) throws IOException {
    int i = c.next(threeWords.size());
    return lucene != null ? lucene.anyWords(threeTexts.get(i)) : index.search(threeWords.get(i));
  }

  @Benchmark
  public Object phrase(Cursor c) throws IOException {
    int i = c.next(phrases.size());
    return lucene != null ? lucene.phrase(twoTexts.get(i)) : index.search(phrases.get(i));
  }

  @Benchmark
  public Object filteredFaceted(Cursor c) throws IOException {
    int i = c.next(filteredFaceted.size());
    return lucene != null ? lucene.filteredFaceted(twoTexts.get(i), filterSources.get(i))
        : index.search(filteredFaceted.get(i));
  }

  @Benchmark
  public Object top10Highlighted(Cursor c) throws IOException {
    int i = c.next(highlighted.size());
    return lucene != null ? lucene.highlighted(twoTexts.get(i)) : index.search(highlighted.get(i));
  }
}
