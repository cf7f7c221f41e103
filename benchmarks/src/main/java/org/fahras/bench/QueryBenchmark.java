package org.fahras.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot query path on an index of the whole ANT v2.1 set, fahras beside stock Lucene: each shape cycles through
 * its own list of queries. Sampled latency (mean, p50, p99) on one thread; throughput on two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class QueryBenchmark {
  @Param({"fahras", "stock"})
  public String analyzer;

  ArticleIndex index;
  List<SearchRequest> questions;
  /** The questions without variant spellings: beside {@link #question}, what the variants cost. */
  List<SearchRequest> questionsNoVariants;
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
    index = ArticleIndex.openForSearch(BenchData.index(analyzer));
    questions = BenchData.questions().stream()
        .map(q -> SearchRequest.builder(q).plainText(true).size(10).build()).toList();
    questionsNoVariants = BenchData.questions().stream()
        .map(q -> SearchRequest.builder(q).plainText(true).size(10).ranking(Ranking.parse("no-variants")).build())
        .toList();
    List<String> two = BenchData.shortQueries(2, 500);
    twoWords = two.stream().map(q -> SearchRequest.builder(q).plainText(true).size(10).build()).toList();
    threeWords = BenchData.shortQueries(3, 500).stream()
        .map(q -> SearchRequest.builder(q).plainText(true).size(10).build()).toList();
    phrases = two.stream().map(q -> SearchRequest.builder("\"" + q.replace("\"", "") + "\"").size(10).build()).toList();
    List<String> sources = new ArrayList<>(new TreeSet<>(
        BenchData.articles().stream().map(Article::source).filter(s -> s != null).toList()));
    List<SearchRequest> f = new ArrayList<>();
    for (int i = 0; i < two.size(); i++) {
      f.add(SearchRequest.builder(two.get(i)).plainText(true).size(10).facets(true)
          .filter("source", sources.get(i % sources.size())).build());
    }
    filteredFaceted = List.copyOf(f);
    highlighted = two.stream().map(q -> SearchRequest.builder(q).plainText(true).size(10).highlight(true).build())
        .toList();
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
  public SearchResponse questionNoVariants(Cursor c) throws IOException {
    return index.search(questionsNoVariants.get(c.next(questionsNoVariants.size())));
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

  @Benchmark
  @Threads(2)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SearchResponse questionThroughput2Threads(Cursor c) throws IOException {
    return index.search(questions.get(c.next(questions.size())));
  }
}
