package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.eval.Metrics;
import org.fahras.eval.Qrels;
import org.fahras.eval.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on index-fixtures/. */
class CommandLineTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  static final Path FIXTURES = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures");

  int run(String... args) {
    out.reset();
    err.reset();
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Metrics indexRunEval(String analyzer) throws IOException {
    Path idx = dir.resolve("idx-" + analyzer);
    assertEquals(0, run("index", "--index", idx.toString(), "--analyzer", analyzer,
        FIXTURES.resolve("articles/news.jsonl").toString(), FIXTURES.resolve("articles/documentaries.jsonl.gz").toString()), err());
    assertEquals("read 36, indexed 36, rejected 0", out().strip());
    assertEquals(0, run("index", "--index", idx.toString(), "--analyzer", analyzer, "--kind", "documentary",
        FIXTURES.resolve("articles/documentaries").toString()), err());
    assertEquals("read 10, indexed 10, rejected 0", out().strip());
    Path runFile = dir.resolve(analyzer + ".trec");
    assertEquals(0, run("run", "--index", idx.toString(), "--topics", FIXTURES.resolve("queries.tsv").toString(),
        "--output", runFile.toString()), err());
    String first = Files.readAllLines(runFile).get(0);
    assertTrue(first.matches("fx-q\\d+ Q0 \\S+ 1 \\d+\\.\\d+ fahras-" + analyzer), first);
    assertEquals(0, run("eval", "--qrels", FIXTURES.resolve("qrels.txt").toString(), runFile.toString()), err());
    Metrics m = Metrics.evaluate(Qrels.read(FIXTURES.resolve("qrels.txt")), Run.read(runFile));
    assertEquals(m.toString(), out().strip());
    // the run of another set against these qrels: every score would be 0, so it is an error, not a result
    Path otherQrels = dir.resolve("other-qrels-" + analyzer + ".txt");
    Files.writeString(otherQrels, "other-q1 0 some-doc 1\n");
    assertEquals(1, run("eval", "--qrels", otherQrels.toString(), runFile.toString()));
    assertTrue(err().contains("is judged in"), err());
    // a folder for a file is named; an empty run scores 0 with a note
    assertEquals(1, run("eval", "--qrels", FIXTURES.resolve("qrels.txt").toString(), dir.toString()));
    assertEquals("fahras: " + dir + ": a folder, not a file", err().strip());
    Path empty = Files.writeString(dir.resolve("empty-" + analyzer + ".trec"), "");
    assertEquals(0, run("eval", "--qrels", FIXTURES.resolve("qrels.txt").toString(), empty.toString()), err());
    assertTrue(err().contains(empty + " holds no results"), err());
    assertTrue(out().startsWith("MRR@10=0.0000"), out());
    return m;
  }

  @Test
  void fixturesEndToEnd() throws IOException {
    Metrics fahras = indexRunEval("fahras");
    Metrics stock = indexRunEval("stock");
    // The fixtures are written to exercise what stock analysis misses (hamza carriers, presentation forms,
    // Persian letters, stacked clitics): fahras must rank an expected article first for (nearly) every query, and
    // find all but one of the 25 expected articles (the construct-state plural مسؤولو of fx-q01 keeps its و: a
    // و-suffix rule measured neutral on the dev sets, so the stemmer does not have it).
    assertTrue(fahras.recall100() >= 24.0 / 25 - 1e-9, fahras.toString());
    assertTrue(fahras.mrr10() >= 0.95, fahras.toString());
    assertTrue(fahras.mrr10() > stock.mrr10() + 0.05, fahras + " vs stock " + stock);
  }

  /**
   * {@code tune}: weights chosen on one half of the fixture queries are scored on the other, and the score it prints
   * for a held-out half is what {@code run} and {@code eval} give with the weights it chose.
   */
  @Test
  void tuneScoresEachSetOnWeightsChosenOnTheOthers() throws IOException {
    indexRunEval("fahras");
    Path idx = dir.resolve("idx-fahras");
    List<String> topics = Files.readAllLines(FIXTURES.resolve("queries.tsv"));
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");
    Files.write(a, topics.subList(0, topics.size() / 2));
    Files.write(b, topics.subList(topics.size() / 2, topics.size()));
    String qrels = FIXTURES.resolve("qrels.txt").toString();
    assertEquals(0, run("tune", "--grid", "one-text=0,1,4;proximity=0,1", "--set", "a=" + idx + "," + a + "," + qrels,
        "--set", "b=" + idx + "," + b + "," + qrels), err());
    String report = out();
    java.util.regex.Matcher held = java.util.regex.Pattern
        .compile("held out a: chosen on b: (\\S+) \\(training MRR@10 [0-9.]+\\); a MRR@10 ([0-9.]+)").matcher(report);
    assertTrue(held.find(), report);
    assertTrue(report.contains("cross-validated mean MRR@10: "), report);
    assertTrue(report.contains("chosen on every set: "), report);
    Path runFile = dir.resolve("a.trec");
    assertEquals(0, run("run", "--index", idx.toString(), "--topics", a.toString(), "--output", runFile.toString(),
        "--ranking", held.group(1)), err());
    Qrels halfA = new Qrels(Qrels.read(FIXTURES.resolve("qrels.txt")).judgments().entrySet().stream()
        .filter(e -> topics.subList(0, topics.size() / 2).stream().anyMatch(t -> t.startsWith(e.getKey() + "\t")))
        .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
    assertEquals(held.group(2), String.format(java.util.Locale.ROOT, "%.4f",
        Metrics.evaluate(halfA, Run.read(runFile)).mrr10()));
    String setA = "a=" + idx + "," + a + "," + qrels;
    String setB = "b=" + idx + "," + b + "," + qrels;
    assertEquals(2, run("tune", "--set", setA));
    assertTrue(err().contains("at least two --set"), err());
    assertEquals(2, run("tune", "--set", setA, "--set", "a=" + idx + "," + b + "," + qrels));
    assertTrue(err().contains("the name a is given twice"), err());
    String[][] badGrids = {
        {"colour=1,2", "--grid: colour is not a weight"},
        {"one-text=0,1;one-text=2", "one-text is given twice"},
        {"window=100", "window is not a weight tune learns"},
        {"proximity=-1", "--grid: proximity=-1: "}};
    for (String[] g : badGrids) {
      assertEquals(2, run("tune", "--grid", g[0], "--set", setA, "--set", setB), g[0]);
      assertTrue(err().contains(g[1]), g[0] + ": " + err());
    }
  }

  @Test
  void badRecordStopsTheIngestAndCommitsNothing() throws IOException {
    Path f = dir.resolve("ant.jsonl");
    Files.writeString(f, """
        {"id":"1","body":"نص"}
        {"id":"2","body":"نص","published":"31/02/2018"}
        {"id":"3","body":"نص"}
        """);
    Path idx = dir.resolve("idx");
    assertEquals(1, run("index", "--index", idx.toString(), f.toString()));
    assertTrue(err().contains(f + ":2: field \"published\": cannot parse \"31/02/2018\""), err());
    assertTrue(err().contains("nothing of this ingest was committed (the 1 article read was rolled back)"), err());
    // never counted as indexed what was not committed
    assertEquals("read 2, indexed 0, rejected 1, not committed 1", out().strip());
    // the index folder this command created holds nothing: it is not left behind
    assertTrue(Files.notExists(idx), "empty index folder left behind");
    // into an existing index, the failed ingest leaves it as it was
    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, "{\"id\":\"0\",\"body\":\"نص\"}\n");
    assertEquals(0, run("index", "--index", idx.toString(), good.toString()));
    assertEquals(1, run("index", "--index", idx.toString(), f.toString()));
    assertEquals(0, run("search", "--index", idx.toString(), "نص"));
    assertTrue(out().startsWith("1 hit ("), out());
  }

  @Test
  void skipModeReportsEveryRejection() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    Files.writeString(f, """
        {"id":"1","body":"نص"}
        {"id":"2","body":"نص","published":"yesterday"}
        not json
        {"id":"1","body":"نص جديد"}
        """);
    Path report = dir.resolve("report.txt");
    assertEquals(0, run("index", "--index", dir.resolve("idx").toString(), "--on-error", "skip",
        "--report", report.toString(), f.toString()));
    assertEquals("read 4, indexed 2, rejected 2", out().strip());
    List<String> lines = Files.readAllLines(report);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith(f + ":2: field \"published\""), lines.get(0));
    assertTrue(lines.get(1).startsWith(f + ":3: invalid JSON"), lines.get(1));
    assertTrue(err().contains("1 articles repeated an id"), err());
  }

  @Test
  void searchOptions() throws IOException {
    Path idx = dir.resolve("idx-options");
    assertEquals(0, run("index", "--index", idx.toString(), FIXTURES.resolve("articles/news.jsonl").toString()));
    assertEquals(0, run("search", "--index", idx.toString(), "--filter", "source=fahras-sport", "--hits", "1",
        "--page", "2", "فريق المنتخب"));
    assertTrue(out().startsWith("2 hits"), out());
    assertTrue(out().contains("  2. "), out());
    assertEquals(0, run("search", "--index", idx.toString(), "--json", "--facet", "--hits", "3", "مكتبة"));
    String json = out().strip();
    assertTrue(json.startsWith("{\"total\":") && json.endsWith("}"), json);
    assertTrue(json.contains("\"facets\":{\"source\":{\"fahras-news\":"), json);
    assertTrue(json.contains("<mark>"), json);
    assertEquals(0, run("search", "--index", idx.toString(), "--explain", "--no-snippets", "درنة مكتبة"));
    assertTrue(out().contains("weight("), out());
    assertEquals(0, run("search", "--index", idx.toString(), "المكتبت"));
    assertTrue(out().contains("did you mean: المكتبة"), out());
    assertEquals(2, run("search", "--index", idx.toString(), "--sort", "random", "x"));
    assertEquals(2, run("search", "--index", idx.toString(), "--cursor", "bogus", "x"));
    assertTrue(err().contains("invalid cursor"), err());
  }

  @Test
  void analyzePrintsTermsWithOffsets() {
    assertEquals(0, run("analyze", "وبالكتاب الجديد"));
    assertEquals("كتاب\t0\t8\nجديد\t9\t15\n", out().replace("\r", ""));
    assertEquals(0, run("analyze", "--exact", "وبالكتاب"));
    assertEquals("وبالكتاب\t0\t8\n", out());
    assertEquals(0, run("analyze", "--analyzer", "stock", "وبالكتاب"));
    assertEquals("بالكتاب\t0\t8\n", out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run("search", "--index"));
    assertEquals(2, run("index", "--index", dir.toString()));
    assertEquals(2, run("search", "--index", dir.toString(), "--bogus", "x"));
    assertTrue(err().contains("unknown option --bogus"), err());
  }

  @Test
  void demoRuns() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(FIXTURES));
    assertEquals(0, run("demo", "--fixtures", FIXTURES.toString()), err());
    assertTrue(out().contains("indexed " + FIXTURES.resolve("articles") + ": read 46, indexed 46, rejected 0"), out());
    assertTrue(out().contains("[fx-txt-001]"), out());
    assertFalse(out().contains("--cursor"), "no cursor into the demo's temporary index: " + out());
  }
}
