package org.fahras.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fahras.index.ArticleIndex;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
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
 * {@code articles} articles indexed by {@code bin/fahras index} under {@code fahras.scale.work}: sampled latency
 * on one thread, from which run reads p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ScaleQueryBenchmark {
  @Param({"fahras", "stock"})
  public String analyzer;

  @Param({"40000"})
  public int articles;

  ArticleIndex index;
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
    index = ArticleIndex.openForSearch(work.resolve("index-" + analyzer + "-" + articles));
    Path q = work.resolve("queries");
    questions = read(q.resolve("questions.txt")).stream()
        .map(s -> SearchRequest.builder(s).plainText(true).size(10).build()).toList();
    List<String> two = read(q.resolve("two.txt"));
    twoWords = two.stream().map(s -> SearchRequest.builder(s).plainText(true).size(10).build()).toList();
    threeWords = read(q.resolve("three.txt")).stream()
        .map(s -> SearchRequest.builder(s).plainText(true).size(10).build()).toList();
    phrases = two.stream().map(s -> SearchRequest.builder("\"" + s.replace("\"", "") + "\"").size(10).build()).toList();
    List<String> sources = read(q.resolve("sources.txt"));
    List<SearchRequest> f = new ArrayList<>();
    for (int i = 0; i < two.size(); i++) {
      f.add(SearchRequest.builder(two.get(i)).plainText(true).size(10).facets(true)
          .filter("source", sources.get(i % sources.size())).build());
    }
    filteredFaceted = List.copyOf(f);
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
    index.close();
  }

  @Benchmark
  public SearchResponse question(Cursor c) throws IOException {
    return index.search(questions.get(c.next(questions.size())));
  }

  @Benchmark
  public SearchResponse twoWords(Cursor c) throws IOException {
    return index.search(twoWords.get(c.next(twoWords.size())));
  }

  @Benchmark
  public SearchResponse threeWords(Cursor c) throws IOException {
    return index.search(threeWords.get(c.next(threeWords.size())));
  }

  @Benchmark
  public SearchResponse phrase(Cursor c) throws IOException {
    return index.search(phrases.get(c.next(phrases.size())));
  }

  @Benchmark
  public SearchResponse filteredFaceted(Cursor c) throws IOException {
    return index.search(filteredFaceted.get(c.next(filteredFaceted.size())));
  }

  @Benchmark
  public SearchResponse top10Highlighted(Cursor c) throws IOException {
    return index.search(highlighted.get(c.next(highlighted.size())));
  }
}
