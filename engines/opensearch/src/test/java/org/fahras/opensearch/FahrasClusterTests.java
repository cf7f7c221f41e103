package org.fahras.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fahras.analysis.FahrasAnalyzer;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The plugin on an in-JVM OpenSearch cluster of 2 data nodes, each loading it: the {@code _analyze} API gives the
 * library's tokens, offsets and positions; the README's mapping ({@code examples/articles-index.json}, 2 shards × 1
 * replica) takes the fixtures and 1,000 ANT articles (when ../shared/data is there), and the README's query
 * ({@code examples/search.json}) finds each fixture query's articles; with one node stopped, searches still
 * answer from the replicas.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = 2, numClientNodes = 0, supportsDedicatedMasters = false)
public class FahrasClusterTests extends OpenSearchIntegTestCase {
  static final String INDEX = "articles";
  static final Path ROOT = Path.of(System.getProperty("fahras.basedir", "../.."));
  static final Path MODULE = ROOT.resolve("engines/opensearch");
  static final Path ANT = Path.of(System.getProperty("fahras.shared.data", ROOT.resolve("../shared/data").toString()))
      .resolve("news/ant-v2.1.jsonl.gz");
  static final int ANT_ARTICLES = 1000;
  static final String EXAMPLE_QUERY = "المكتبة الوطنية";

  /** The tricky strings of the library's own analysis tests (FahrasAnalyzerTest), and a body without punctuation. */
  static final String[] TRICKY = {
      "الْكِتَابُ ســـوق",
      "أحمد إسلام آمال ٱلله مستشفى مدرسة مسؤول مسئول",
      "کتاب یوم ہدیہ ۃ",
      "ﻣﺆﺗﻤﺮ ﻻﻋﺐ",
      "عام ٢٠١٨ و۱۹۹۹ Macron Émile",
      "\u200fالمهرجان\u200f مصر\u200e \u2067تونس\u2069 عر\u200dبي",
      "متى ذهب إلى الى وفي فإن السوق",
      "وبالكتاب فللمدينة والكتاب كالعادة للمدرسة وكالسيارة فبالقلم",
      "كتابهم بلادنا معلماتهم كتابها مسلمون مسلمين المعلمات",
      "مكتبتها مكتبة مكتبات بمدينتهم بمدينة مدينة لكأس كتاب",
      "متهم لبنان ولبنان ايران",
      "Ångström café مقهى Ελλάδα",
      "#دونالد_ترمب snake_case ترمب＿دونالد وبالكتاب‿الجديد",
      "أعلن وزير الصحة اليوم خطة وطنية لمكافحة الحمى في المناطق الريفية وقال المسئول إن الخطة تشمل بناء عيادات"
          + " متنقلة وتدريب الممرضين وإن الوزارة خصصت لها ميزانية جديدة وافتتحت المكتبة الوطنيّة في بنغازي بعد"
          + " ترميمها واستقبلت الزوار بمعرض للمخطوطات القديمة والكتب النادرة",
  };

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    // analysis-common is a module of every OpenSearch distribution; the test cluster loads it by hand.
    return List.of(FahrasPlugin.class, CommonAnalysisModulePlugin.class);
  }

  record Token(String term, int start, int end, int position) {}

  public void testAnalyzeApiGivesTheLibrarysTokensAndOffsets() throws Exception {
    createIndex(INDEX, "{\"settings\":{\"number_of_shards\":2,\"number_of_replicas\":1,\"analysis\":{\"analyzer\":{"
        + "\"fahras_by_filters\":{\"type\":\"custom\",\"char_filter\":[\"connectorPunctuation\"],"
        + "\"tokenizer\":\"standard\",\"filter\":[\"fahrasArabicNormalization\","
        + "\"decimal_digit\",\"lowercase\",\"fahrasLatinFolding\",\"fahras_length\",\"fahrasArabicStop\","
        + "\"fahrasArabicLightStem\"]}},\"filter\":{\"fahras_length\":{\"type\":\"length\",\"min\":1}}}}}");
    try (Analyzer stemmed = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer exact = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE)) {
      for (String text : TRICKY) {
        List<Token> expectedStemmed = libraryTokens(stemmed, text);
        List<Token> expectedExact = libraryTokens(exact, text);
        assertFalse(text, expectedStemmed.isEmpty());
        assertEquals(text, expectedStemmed, analyze(INDEX, "fahras", text));
        assertEquals(text, expectedExact, analyze(INDEX, "fahras_exact", text));
        // the same chain built from the plugin's char filter and token filters by name, as a user would in index
        // settings
        assertEquals(text, expectedStemmed, analyze(INDEX, "fahras_by_filters", text));
      }
    }
  }

  public void testUnknownFilterParameterIsRefused() {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> createIndex("bad",
        "{\"settings\":{\"analysis\":{\"filter\":{\"stem\":{\"type\":\"fahrasArabicLightStem\",\"barePreposition\":\"false\"}},"
        + "\"analyzer\":{\"a\":{\"tokenizer\":\"standard\",\"filter\":[\"stem\"]}}}}}"));
    assertTrue(e.getMessage(), e.getMessage().contains("barePreposition"));
    e = expectThrows(IllegalArgumentException.class, () -> createIndex("bad2",
        "{\"settings\":{\"analysis\":{\"char_filter\":{\"cp\":{\"type\":\"connectorPunctuation\",\"also\":\"-\"}},"
        + "\"analyzer\":{\"a\":{\"char_filter\":[\"cp\"],\"tokenizer\":\"standard\"}}}}}"));
    assertTrue(e.getMessage(), e.getMessage().contains("also") && e.getMessage().contains("cp"));
  }

  public void testFixtureQueriesFindTheirArticles() throws Exception {
    int indexed = createAndFill();
    assertEquals(indexed, count());
    assertFixtureQueriesAnswered();
  }

  public void testSearchesAnswerWithOneNodeDown() throws Exception {
    int indexed = createAndFill();
    internalCluster().stopRandomDataNode();
    ensureYellow(INDEX);
    assertEquals(indexed, count());
    assertFixtureQueriesAnswered();
  }

  void createIndex(String name, String source) {
    assertAcked(prepareCreate(name).setSource(source, MediaTypeRegistry.JSON));
  }

  List<Token> analyze(String index, String analyzer, String text) {
    AnalyzeAction.Response r = client().admin().indices().prepareAnalyze(index, text).setAnalyzer(analyzer).get();
    List<Token> out = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken t : r.getTokens()) {
      out.add(new Token(t.getTerm(), t.getStartOffset(), t.getEndOffset(), t.getPosition()));
    }
    return out;
  }

  static List<Token> libraryTokens(Analyzer a, String text) throws IOException {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
      }
      ts.end();
    }
    return out;
  }

  /** Creates the README's index and bulk-indexes the fixtures and the ANT sample; returns how many documents. */
  int createAndFill() throws Exception {
    Map<String, Object> body = XContentHelper.convertToMap(JsonXContent.jsonXContent,
        Files.readString(MODULE.resolve("examples/articles-index.json")), true);
    // The REST API (PUT /articles, as the README sends the file) wraps the mappings in the single type _doc
    // itself; the transport-level request of the test client wants them wrapped already.
    body.put("mappings", Map.of("_doc", body.get("mappings")));
    assertAcked(prepareCreate(INDEX).setSource(body));
    ensureGreen(INDEX);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Path f : List.of(ROOT.resolve("index-fixtures/articles/news.jsonl"),
        ROOT.resolve("index-fixtures/articles/documentaries.jsonl.gz"))) {
      docs.addAll(readJsonl(f, Integer.MAX_VALUE));
    }
    try (var files = Files.list(ROOT.resolve("index-fixtures/articles/documentaries"))) {
      for (Path t : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        // plain-text article: title line, blank line, dd/MM/yyyy line, body
        List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
        Map<String, Object> d = new LinkedHashMap<>();
        String name = t.getFileName().toString();
        d.put("id", name.substring(0, name.length() - ".txt".length()));
        d.put("title", lines.get(0));
        d.put("published", lines.get(2).strip());
        d.put("body", String.join("\n", lines.subList(3, lines.size())));
        d.put("kind", "documentary");
        docs.add(d);
      }
    }
    if (Files.exists(ANT)) {
      docs.addAll(readJsonl(ANT, ANT_ARTICLES));
    }
    BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (Map<String, Object> d : docs) {
      d.putIfAbsent("kind", "news");
      bulk.add(client().prepareIndex(INDEX).setId((String) d.get("id")).setSource(d));
    }
    BulkResponse r = bulk.get();
    assertFalse(r.buildFailureMessage(), r.hasFailures());
    return (int) docs.stream().map(d -> d.get("id")).distinct().count();
  }

  static List<Map<String, Object>> readJsonl(Path f, int max) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    InputStream in = Files.newInputStream(f);
    if (f.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && out.size() < max; ) {
        if (!line.isBlank()) {
          out.add(XContentHelper.convertToMap(JsonXContent.jsonXContent, line, true));
        }
      }
    }
    return out;
  }

  long count() {
    return client().prepareSearch(INDEX).setSize(0).setTrackTotalHits(true).get().getHits().getTotalHits().value();
  }

  /** The README's query (examples/search.json) with {@code text} in place of its example query. */
  SearchSourceBuilder readmeQuery(String text) throws IOException {
    String json = Files.readString(MODULE.resolve("examples/search.json"));
    assertTrue("search.json holds the example query", json.contains("\"" + EXAMPLE_QUERY + "\""));
    json = json.replace("\"" + EXAMPLE_QUERY + "\"", JsonXContent.contentBuilder().value(text).toString());
    try (XContentParser p = createParser(JsonXContent.jsonXContent, json)) {
      return SearchSourceBuilder.fromXContent(p);
    }
  }

  /**
   * Each fixture query, sent as the README's query, finds its expected articles in the top 3 (for a query with
   * more than 3, the top 3 are all expected ones), but for the misses the library itself has (README), each
   * allowed, not required: fx-news-002 for fx-q01 مسؤول, whose construct-state plural مسؤولو the library's stemmer
   * leaves whole (its CommandLineTest accepts that miss), and, with the ANT news indexed beside the fixtures,
   * fx-news-001 too: the ANT articles use the common word often, and the library, on the same articles, ranks ten
   * of them above the two short fixture items.
   */
  void assertFixtureQueriesAnswered() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ROOT.resolve("index-fixtures/qrels.txt"))) {
      if (!line.isBlank()) {
        String[] qr = line.split("\\s+");
        expected.computeIfAbsent(qr[0], k -> new ArrayList<>()).add(qr[2]);
      }
    }
    List<String> missed = new ArrayList<>();
    int queries = 0;
    for (String line : Files.readAllLines(ROOT.resolve("index-fixtures/queries.tsv"))) {
      String[] q = line.split("\t", 2);
      SearchResponse r = client().prepareSearch(INDEX).setSource(readmeQuery(q[1])).get();
      assertEquals(q[1], 0, r.getFailedShards());
      List<String> top3 = new ArrayList<>();
      for (SearchHit h : r.getHits().getHits()) {
        if (top3.size() < 3) {
          top3.add(h.getId());
        }
      }
      List<String> rel = expected.getOrDefault(q[0], List.of());
      assertFalse(q[0] + " has expected articles", rel.isEmpty());
      List<String> required = new ArrayList<>(rel);
      if (q[0].equals("fx-q01")) {
        required.remove("fx-news-002");
        if (Files.exists(ANT)) {
          required.remove("fx-news-001");
        }
      }
      boolean ok = rel.size() <= 3 ? top3.containsAll(required) : rel.containsAll(top3) && top3.size() == 3;
      if (!ok) {
        missed.add(q[0] + " " + q[1] + ": expected " + rel + ", top 3 " + top3);
      }
      queries++;
    }
    assertEquals(expected.size(), queries);
    assertTrue("missed: " + missed, missed.isEmpty());
  }

  /** The tests run on the Lucene the build asked for (OpenSearch 3.9.0's), not on a newer one pulled in. */
  public void testRunsOnOpenSearchsLucene() {
    assertEquals(System.getProperty("fahras.expected.lucene"), org.apache.lucene.util.Version.LATEST.toString());
  }
}
