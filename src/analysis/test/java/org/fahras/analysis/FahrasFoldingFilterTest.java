package org.fahras.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The fused filter against the steps it replaces, built one by one by SPI names (after the chain's char filter and
 * tokenizer, as in {@link FahrasAnalyzer}): the same terms, offsets, positions, types and end state on random text
 * of every kind of character the steps treat differently.
 */
public class FahrasFoldingFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer stepByStep(boolean stopwords) throws IOException {
    return stepByStep(stopwords, false);
  }

  /** The fahras chain built step by step by SPI names, with or without stopwords and the stemmer. */
  static Analyzer stepByStep(boolean stopwords, boolean stem) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder()
        .addCharFilter(ConnectorPunctuationCharFilterFactory.NAME)
        .withTokenizer("standard")
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME)
        .addTokenFilter("decimalDigit")
        .addTokenFilter("lowercase")
        .addTokenFilter(LatinFoldingFilterFactory.NAME)
        .addTokenFilter("length", "min", "1", "max", String.valueOf(Integer.MAX_VALUE));
    if (stopwords) {
      b.addTokenFilter(ArabicStopFilterFactory.NAME);
    }
    if (stem) {
      b.addTokenFilter(ArabicLightStemFilterFactory.NAME);
    } else {
      b.addTokenFilter(AlefMaksuraFilterFactory.NAME);
    }
    return b.build();
  }

  private static Analyzer fused(boolean stopwords) throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter(ConnectorPunctuationCharFilterFactory.NAME)
        .withTokenizer("standard")
        .addTokenFilter(FahrasFoldingFilterFactory.NAME, "stopwords", String.valueOf(stopwords))
        .build();
  }

  /** Every attribute of every token, then the end state, as one comparable list of lines. */
  static List<String> trace(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute plen = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + off.startOffset() + "-" + off.endOffset() + " +" + inc.getPositionIncrement() + " /"
            + plen.getPositionLength() + " " + type.type());
      }
      ts.end();
      out.add("end " + off.endOffset() + " +" + inc.getPositionIncrement());
    }
    return out;
  }

  public void testSameTokensAsTheSteps() throws IOException {
    String text = "وبالكتاب ٢٠١٨ ۲۰۱۹ أحمد ﻻﻋﺐ \u200fمسئول\u200f Émile İstanbul ΣΟΦΙΑ الْكِتَابُ ــ في من كتابهم"
        + " COVID-19 \u061Cالقدس \u00ADx 𝟘𝟙 ﷺ";
    for (boolean stop : new boolean[] {true, false}) {
      try (Analyzer steps = stepByStep(stop); Analyzer one = fused(stop)) {
        List<String> expected = trace(steps, text);
        assertEquals(expected, trace(one, text));
        assertTrue(expected.toString(), expected.get(1).startsWith("2018 "));
      }
    }
  }

  public void testAlaStoppedAsWrittenWithAlefMaksuraOnly() throws IOException {
    // على (with marks, tatweel, a presentation form, a conjunction) is the preposition; علي is the name Ali
    String text = "على عَلَى علــى عل\uFEF0 وعلى فعلى علي وعلي عليّ";
    try (Analyzer steps = stepByStep(true); Analyzer one = fused(true)) {
      List<String> expected = trace(steps, text);
      assertEquals(expected, trace(one, text));
      assertEquals(List.of("علي 30-33 +7 /1 <ALPHANUM>", "وعلي 34-38 +1 /1 <ALPHANUM>", "علي 39-43 +1 /1 <ALPHANUM>",
          "end 43 +0"), expected);
    }
  }

  public void testRandomTextOfEveryCharacterClass() throws IOException {
    try (Analyzer steps = stepByStep(true); Analyzer one = fused(true);
        Analyzer stemSteps = stepByStep(true, true);
        Analyzer stemmed = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS)) {
      for (int i = 0; i < 2000; i++) {
        String text = randomText(20 + random().nextInt(60));
        assertEquals(text, trace(steps, text), trace(one, text));
        assertEquals(text, trace(stemSteps, text), trace(stemmed, text));
      }
    }
  }

  public void testSampleArticleAndFixtures() throws IOException {
    Path base = Path.of(System.getProperty("fahras.basedir", "."));
    List<Path> files = new ArrayList<>();
    Path sample = base.resolve("../shared/samples/000_61e33e4c7f4883a7.txt");
    if (Files.exists(sample)) {
      files.add(sample);
    }
    try (var walk = Files.walk(base.resolve("index-fixtures/articles"))) {
      walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl")).forEach(files::add);
    }
    assertTrue(files.size() > 5);
    try (Analyzer steps = stepByStep(true); Analyzer one = fused(true);
        Analyzer stemSteps = stepByStep(true, true);
        Analyzer stemmed = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS)) {
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertEquals(f.toString(), trace(steps, text), trace(one, text));
        assertEquals(f.toString(), trace(stemSteps, text), trace(stemmed, text));
      }
    }
  }

  public void testPrefixTermsFoldedAsByTheSteps() throws IOException {
    try (Analyzer steps = stepByStep(true); Analyzer one = fused(true)) {
      for (String s : new String[] {"أحمد", "Émile", "٢٠١٨", "الكتابُ", "ﻻﻋﺐ", "مسئول"}) {
        assertEquals(s, steps.normalize("body", s), one.normalize("body", s));
      }
      assertEquals(new org.apache.lucene.util.BytesRef("احمد"), one.normalize("body", "أحمد"));
    }
  }

  public void testConsistentUnderRandomReuse() throws IOException {
    try (Analyzer one = fused(true)) {
      checkRandomData(random(), one, 200 * RANDOM_MULTIPLIER);
    }
  }

  /**
   * Words the steps treat specially: stopwords, على as written (with marks and tatweel) and the name علي, words
   * written with a final ى, which the stemmer keeps (ليلى, الهدى, مستشفى), and their words in ي.
   */
  private static final String[] WORDS =
      ("في من الى والكتاب بمدينتهم وزارة على علي عَلَى علــى وعلى ماهي بماذا عاماً سوريا ليلى ليلي الهدى هدية"
          + " مستشفى مستشفيات منى").split(" ");

  private static String randomText(int n) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < n; j++) {
      int pick = random().nextInt(16);
      switch (pick) {
        case 0, 1 -> sb.append(' ');
        case 2 -> sb.append((char) (0xFB50 + random().nextInt(0xFDFF - 0xFB50))); // presentation forms A
        case 3 -> sb.append((char) (0xFE70 + random().nextInt(0xFEFF - 0xFE70))); // presentation forms B
        case 4 -> sb.append((char) (0x200B + random().nextInt(0x206F - 0x200B))); // controls, punctuation
        case 5 -> sb.append((char) ('A' + random().nextInt(58))); // ASCII letters and some punctuation
        case 6 -> sb.append((char) (0x00C0 + random().nextInt(0x0250 - 0x00C0))); // Latin with diacritics
        case 7 -> sb.append((char) (0x0370 + random().nextInt(0x0530 - 0x0370))); // Greek, Cyrillic
        case 8 -> sb.appendCodePoint(0x1D7CE + random().nextInt(50)); // mathematical digits (supplementary)
        case 9 -> sb.append(WORDS[random().nextInt(WORDS.length)]).append(' ');
        case 10 -> sb.append((char) ('0' + random().nextInt(10)));
        case 11 -> sb.append('\u00AD');
        default -> sb.append((char) (0x0600 + random().nextInt(0x100))); // the Arabic block
      }
    }
    return sb.toString();
  }
}
