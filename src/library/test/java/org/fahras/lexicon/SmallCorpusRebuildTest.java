package org.fahras.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.ingest.Rejection;
import org.fahras.variants.VariantDiscovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builders end to end, as {@code bin/fahras lexicon build} and {@code bin/fahras variants --corpus} run them, on
 * corpora this test writes (no shared data: CI runs it), against results worked out by hand below.
 */
class SmallCorpusRebuildTest {
  @TempDir
  Path tmp;

  private Path corpus(String name, List<String> lines) throws IOException {
    Path file = tmp.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Two articles, each of the nine words below once: every form is seen twice. With the article, كتاب and التزام
   * (from الكتاب, الالتزام) are seen 4 times and تزام (from التزام) twice, so these three are nouns (with the article
   * at least twice, not 50 times rarer than bare). Flags: كتاب 1 + 2 + 32 (تاب never seen: its ك is its own);
   * التزام 1 + 2 + 128 (a noun, 2 > 10 × 0 of تزام bare: its ال is its own); كشفت 1 + 32 (شفت never seen);
   * معلمون / معلمين 1 + 16 (each the other's sibling ending); عاما 1 + 256 (written عاماً both times, on the word
   * عام); تزام 1 + 2; the rest 1. The suffix steps leave معلم of معلمون and معلمين (an inflected ending, neither
   * a noun): a stem, 4. Order: 4 occurrences, then 2, then the stem (0), each by form.
   */
  @Test
  void rebuildsALexiconFromASmallCorpus() throws IOException {
    String body = "الكتاب كتاب معلمون معلمين كشفت عاماً عام التزام الالتزام";
    Path file = corpus("lexicon.jsonl", List.of(
        "{\"id\": \"l1\", \"body\": \"" + body + "\"}",
        "{\"id\": \"l2\", \"body\": \"" + body + "\"}"));
    List<Rejection> rejected = new ArrayList<>();
    CorpusCounts.Counts counts = CorpusCounts.count(List.of(file), rejected);
    assertEquals(List.of(), rejected);
    String text = counts.lexicon();
    List<String> lines = List.of(text.split("\n"));
    assertEquals(List.of(
        "131\tالتزام", "35\tكتاب",
        "1\tالالتزام", "1\tالكتاب", "3\tتزام", "1\tعام", "257\tعاما", "33\tكشفت", "17\tمعلمون", "17\tمعلمين",
        "4\tمعلم"), lines.subList(1, lines.size()));
  }

  /**
   * Twelve articles of one month, six by each of two newsrooms, alike but for the president's name: ترامب in one,
   * ترمب in the other. Six distinct words; the only two of one skeleton (ترمب) are the two spellings, each seen 6
   * times (at least 5): one candidate pair. Their neighbours are the same four words, as often: context similarity
   * 1. Sources: 6 / 0 against 0 / 6, smoothed by ½: p = (13/14, 1/14), q = (1/14, 13/14), Jensen–Shannon divergence
   * 13/14 × log2(13/7) + 1/14 × log2(1/7) = 0.8293 − 0.2005 = 0.6288 bits. Neither is a native word (never seen
   * with the article or an ending), one vowel apart in four consonants, the rarer seen 6 times (at most 15): the
   * rare-name rule confirms. Confidence 0.6 × 1 + 0.3 × 0.6288 + 0.1 × 0 (one month) = 0.789.
   */
  @Test
  void rebuildsAVariantTableFromASmallCorpus() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lines.add("{\"id\": \"s" + i + "\", \"source\": \"sky\", \"published\": \"2018-03-0" + (i + 1)
          + "\", \"body\": \"الرئيس الامريكي ترامب يزور اوروبا\"}");
      lines.add("{\"id\": \"a" + i + "\", \"source\": \"arabiya\", \"published\": \"2018-03-0" + (i + 1)
          + "\", \"body\": \"الرئيس الامريكي ترمب يزور اوروبا\"}");
    }
    VariantDiscovery d = VariantDiscovery.ofCorpus(List.of(corpus("variants.jsonl", lines)));
    Path table = tmp.resolve("variants.tsv");
    d.build().write(table);
    assertEquals(new VariantDiscovery.Stats(6, 2, 1, 1), d.stats());
    assertEquals("# fahras variants 1\n"
        + "# built from 12 articles, 6 words; 1 candidate pairs, 1 confirmed; options Options[minCount=5]\n"
        + "ترامب\tترمب\t0.789\n", Files.readString(table));
  }
}
