package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.lexicon.CorpusCounts;
import org.fahras.ingest.Rejection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins the stemmer report's figures on ANT v1.1 (the smaller news corpus; the README gives ANT v2.1 too): (a) the
 * article consistency of the lexicon-guarded stemmer, beside the stemmer without the lexicon, and (b) fewer
 * over-merged noun pairs. Skips when the shared data is absent.
 */
@Tag("data")
class StemmerReportTest {
  private static final Path ANT_V11 = org.fahras.testdata.SharedData.ANT_V11;

  @Test
  void articleConsistencyAndOverMergingOnAntV11() throws IOException {
    Assumptions.assumeTrue(Files.exists(ANT_V11), "shared data not present");
    List<Rejection> rejected = new ArrayList<>();
    Map<String, Integer> counts = CorpusCounts.count(List.of(ANT_V11), rejected).forms();
    assertEquals(7, rejected.size(), "ANT v1.1 has 7 records with unreadable dates: " + rejected);
    try (Analyzer fahras = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer release = org.fahras.analysis.AnalysisChain.forName("fahras-no-lexicon").stemmed()) {
      org.fahras.lexicon.StemmerMetrics.Consistency now = org.fahras.lexicon.StemmerMetrics.articleConsistency(counts, fahras);
      org.fahras.lexicon.StemmerMetrics.Consistency before = org.fahras.lexicon.StemmerMetrics.articleConsistency(counts, release);
      assertTrue(now.nouns() > 400, "nouns counted: " + now.nouns());
      assertTrue(now.ratio() >= 0.98, "article consistency " + now.ratio() + ", misses " + now.misses());
      assertTrue(before.ratio() < 0.8, "without the lexicon " + before.ratio());
      int merged = org.fahras.lexicon.StemmerMetrics.overMerges(counts, fahras).size();
      int mergedBefore = org.fahras.lexicon.StemmerMetrics.overMerges(counts, release).size();
      assertTrue(merged * 4 <= mergedBefore, "over-merged pairs " + merged + " against " + mergedBefore);
    }
  }
}
