package org.fahras.solr;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.fahras.analysis.FahrasAnalyzer;
import org.junit.BeforeClass;
import org.junit.Test;
import org.noggit.ObjectBuilder;

/**
 * The fahras configset on a 2-node SolrCloud cluster, a collection of 2 shards × 2 replicas: Solr's field
 * analysis gives the library's tokens, articles indexed through SolrJ (the fixtures and 1,000 ANT articles when
 * ../shared/data is there) are found by the fixture queries, and with one node stopped the replicas answer.
 */
public class FahrasSolrCloudTest extends SolrCloudTestCase {
  static final String COLLECTION = "articles";
  static final Path ROOT = Path.of(System.getProperty("fahras.basedir", "../../.."));
  static final Path ANT = ROOT.resolve("../shared/data/news/ant-v2.1.jsonl.gz");
  static final int ANT_ARTICLES = 1000;
  static int indexed;

  @BeforeClass
  public static void setupCluster() throws Exception {
    Path configset = Path.of(FahrasSolrCloudTest.class.getResource("/configset/fahras/conf").toURI());
    configureCluster(2).addConfig("fahras", configset).configure();
    CollectionAdminRequest.createCollection(COLLECTION, "fahras", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    List<SolrInputDocument> docs = new ArrayList<>();
    for (Path f : List.of(ROOT.resolve("index-fixtures/articles/news.jsonl"), ROOT.resolve("index-fixtures/articles/documentaries.jsonl.gz"))) {
      for (Map<String, Object> a : readJsonl(f, Integer.MAX_VALUE)) {
        docs.add(toDoc(a));
      }
    }
    try (var files = Files.list(ROOT.resolve("index-fixtures/articles/documentaries"))) {
      for (Path t : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
        SolrInputDocument d = new SolrInputDocument();
        String name = t.getFileName().toString();
        d.addField("id", name.substring(0, name.length() - ".txt".length()));
        d.addField("title", lines.get(0));
        d.addField("body", String.join("\n", lines.subList(3, lines.size())));
        d.addField("kind", "documentary");
        docs.add(d);
      }
    }
    if (Files.exists(ANT)) {
      for (Map<String, Object> a : readJsonl(ANT, ANT_ARTICLES)) {
        docs.add(toDoc(a));
      }
    }
    UpdateRequest u = new UpdateRequest();
    u.add(docs);
    u.commit(cluster.getSolrClient(), COLLECTION);
    indexed = docs.size();
    assertEquals(indexed,
        cluster.getSolrClient().query(COLLECTION, params("q", "*:*", "rows", "0")).getResults().getNumFound());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> readJsonl(Path f, int max) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    InputStream in = Files.newInputStream(f);
    if (f.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && out.size() < max; ) {
        if (!line.isBlank()) {
          out.add((Map<String, Object>) ObjectBuilder.fromJSON(line));
        }
      }
    }
    return out;
  }

  static SolrInputDocument toDoc(Map<String, Object> a) {
    SolrInputDocument d = new SolrInputDocument();
    for (String f : List.of("id", "title", "body", "summary", "kind", "source", "category", "url", "author")) {
      if (a.get(f) != null) {
        d.addField(f, a.get(f));
      }
    }
    if (a.get("tags") instanceof List<?> tags) {
      for (Object t : tags) {
        d.addField("tags", t);
      }
    }
    return d;
  }

  static List<String> libraryTokens(Analyzer a, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  static final String[] TRICKY = {
      "الْكِتَابُ وبالكتاب فللمدينة كالعادة للمدرسة",
      "ســـوق مسؤول مسئول أحمد إسلام آمال ٱلله مستشفى",
      "کتاب یوم ہدیہ ۃ گوگل",
      "عام ٢٠١٨ و۱۹۹۹ Macron Émile",
      "\u200fالمهرجان\u200f مصر\u200e \u2067تونس\u2069 عر\u200dبي",
      "ﻣﺆﺗﻤﺮ ﻻﻋﺐ كتابهم بلادنا معلماتهم مكتبتها بمدينتهم لبنان",
      "#دونالد_ترمب snake_case ترمب＿دونالد وبالكتاب‿الجديد",
  };

  @Test
  public void fieldAnalysisGivesTheLibrarysTokens() throws Exception {
    try (Analyzer stemmed = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer exact = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE)) {
      for (String text : TRICKY) {
        assertEquals(text, libraryTokens(stemmed, text), solrTokens("text_fahras", text));
        assertEquals(text, libraryTokens(exact, text), solrTokens("text_fahras_exact", text));
      }
    }
  }

  List<String> solrTokens(String fieldType, String text) throws Exception {
    FieldAnalysisRequest req = new FieldAnalysisRequest();
    req.addFieldType(fieldType);
    req.setFieldValue(text);
    FieldAnalysisResponse resp = req.process(cluster.getSolrClient(), COLLECTION);
    List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
    resp.getFieldTypeAnalysis(fieldType).getIndexPhases().forEach(phases::add);
    List<String> out = new ArrayList<>();
    for (AnalysisResponseBase.TokenInfo t : phases.get(phases.size() - 1).getTokens()) {
      out.add(t.getText());
    }
    return out;
  }

  @Test
  public void fixtureQueriesFindTheirArticles() throws Exception {
    assertFixtureQueriesAnswered();
  }

  static void assertFixtureQueriesAnswered() throws Exception {
    List<String[]> qrels = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("index-fixtures/qrels.txt"))) {
      if (!line.isBlank()) {
        qrels.add(line.split("\\s+"));
      }
    }
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("index-fixtures/queries.tsv"))) {
      String[] q = line.split("\t", 2);
      QueryResponse r = cluster.getSolrClient().query(COLLECTION, params("q", q[1], "rows", "10"));
      List<String> ids = new ArrayList<>();
      for (SolrDocument d : r.getResults()) {
        ids.add((String) d.getFieldValue("id"));
      }
      for (String[] qr : qrels) {
        if (qr[0].equals(q[0])) {
          if (ids.contains(qr[2])) {
            found++;
          } else {
            missed.add(qr[0] + " " + q[1] + " → " + qr[2]);
          }
        }
      }
    }
    // Every query but fx-q01 finds all its articles in the top 10. fx-q01 is the single common word مسؤول ("an
    // official"), which the ANT news articles indexed beside the fixtures use too: there they may outrank the two
    // short fixture items (without ANT, as in the library's CommandLineTest, only مسؤولو is missed).
    assertTrue("found " + found + " of " + qrels.size() + ", missed " + missed,
        missed.stream().allMatch(m -> m.startsWith("fx-q01 ")));
    assertTrue("found " + found, found >= qrels.size() - 2);
  }

  @Test
  public void queriesAnswerWithOneNodeDown() throws Exception {
    JettySolrRunner stopped = cluster.getJettySolrRunner(1);
    cluster.stopJettySolrRunner(stopped);
    try {
      cluster.waitForJettyToStop(stopped);
      assertFixtureQueriesAnswered();
      assertEquals(indexed,
          cluster.getSolrClient().query(COLLECTION, params("q", "*:*", "rows", "0")).getResults().getNumFound());
    } finally {
      cluster.startJettySolrRunner(stopped);
      cluster.waitForActiveCollection(COLLECTION, 2, 4);
    }
  }
}
