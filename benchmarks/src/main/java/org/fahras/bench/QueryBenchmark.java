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
 * The hot query path on an index of the whole ANT v2.1 set: each shape cycles through its own list of queries.
 * Sampled latency (mean, p50, p99) on one thread; throughput on two. Three baselines beside fahras: {@code stock}
 * (fahras's own search path on an index built with Lucene's ArabicAnalyzer), {@code lucene} (plain Lucene written
 * by hand, {@link HandWrittenLucene}) and {@code lucene2}, the same as {@code lucene} measured a second time, the
 * A/A row that shows how far two measurements of one thing land apart in this run. Three forks per shape and
 * analyzer; a full {@code benchmarks/run} runs them as three interleaved rounds of one fork each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class QueryBenchmark {
  @Param({"fahras", "lucene", "stock", "lucene2"})
  public String analyzer;

  /** fahras and stock: the library's index; null for the hand-written baseline. */
  ArticleIndex index;
  /** lucene and lucene2: plain Lucene by hand; null otherwise. */
  HandWrittenLucene lucene;
  /** The query texts of the shapes, for {@link #lucene}. */
  List<String> questionTexts;
  List<String> twoTexts;
  List<String> threeTexts;
  /** The source filter of each two-word query of the faceted shape. */
  List<String> filterSources;
  List<SearchRequest> questions;
  /**
   * The questions without variant spellings: beside {@link #question}, what the variants cost. For fahras the
   * question ranking without them ({@link Ranking#QUESTIONS}, which {@link #question} gets by default for all but
   * 3 of the 1,395 arcd questions); for stock its own default ranking, which has none. ("no-variants" alone is the
   * default ranking, not the question ranking: what this row measured before 7 December, night.)
   */
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
    String measured = BenchData.measured(analyzer);
    if (measured.equals("lucene")) {
      lucene = new HandWrittenLucene(BenchData.luceneIndex());
    } else {
      index = ArticleIndex.openForSearch(BenchData.index(measured));
    }
    questionTexts = BenchData.questions();
    questions = BenchData.questions().stream()
        .map(q -> SearchRequest.builder(q).plainText(true).size(10).build()).toList();
    Ranking noVariants = measured.equals("fahras")
        ? Ranking.QUESTIONS.withVariants(Ranking.NO_VARIANTS, Ranking.QUESTIONS.variantWeight()) : null;
    questionsNoVariants = BenchData.questions().stream()
        .map(q -> SearchRequest.builder(q).plainText(true).size(10).ranking(noVariants).build())
        .toList();
    List<String> two = BenchData.shortQueries(2, 500);
    twoTexts = two;
    threeTexts = BenchData.shortQueries(3, 500);
    twoWords = two.stream().map(q -> SearchRequest.builder(q).plainText(true).size(10).build()).toList();
    threeWords = threeTexts.stream()
        .map(q -> SearchRequest.builder(q).plainText(true).size(10).build()).toList();
    phrases = two.stream().map(q -> SearchRequest.builder("\"" + q.replace("\"", "") + "\"").size(10).build()).toList();
    List<String> sources = new ArrayList<>(new TreeSet<>(
        BenchData.articles().stream().map(Article::source).filter(s -> s != null).toList()));
    List<SearchRequest> f = new ArrayList<>();
    List<String> fs = new ArrayList<>();
    for (int i = 0; i < two.size(); i++) {
      f.add(SearchRequest.builder(two.get(i)).plainText(true).size(10).facets(true)
          .filter("source", sources.get(i % sources.size())).build());
      fs.add(sources.get(i % sources.size()));
    }
    filteredFaceted = List.copyOf(f);
    filterSources = List.copyOf(fs);
    highlighted = two.stream().map(q -> SearchRequest.builder(q).plainText(true).size(10).highlight(true).build())
        .toList();
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

  /** For lucene, the same work as {@link #question} (plain Lucene has no variant spellings). */
  @Benchmark
  public Object questionNoVariants(Cursor c) throws IOException {
    int i = c.next(questionsNoVariants.size());
    return lucene != null ? lucene.anyWords(questionTexts.get(i)) : index.search(questionsNoVariants.get(i));
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

  @Benchmark
  @Threads(2)
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Object questionThroughput2Threads(Cursor c) throws IOException {
    int i = c.next(questions.size());
    return lucene != null ? lucene.anyWords(questionTexts.get(i)) : index.search(questions.get(i));
  }
}
