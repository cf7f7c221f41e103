package org.fahras.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

/** Tokens, offsets and positions of the fahras chain; random text through it; the SPI-built equivalent. */
public class FahrasAnalyzerTest extends BaseTokenStreamTestCase {

  private static Analyzer stemmed() {
    return new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
  }

  private static Analyzer exact() {
    return new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE);
  }

  /** The builder is the one definition of the chain: its stopword sets and its counting mode. */
  public void testBuilderStopwordsAndCountingMode() throws IOException {
    String text = "ذهب على إلى علي في Café عاماً";
    try (Analyzer fahras = FahrasAnalyzer.builder().stemmer(FahrasAnalyzer.Stemmer.NONE).build();
        Analyzer keepAla = FahrasAnalyzer.builder().stemmer(FahrasAnalyzer.Stemmer.NONE)
            .stopwords(FahrasAnalyzer.Stopwords.KEEP_ALA).build();
        Analyzer none = FahrasAnalyzer.builder().stemmer(FahrasAnalyzer.Stemmer.NONE)
            .stopwords(FahrasAnalyzer.Stopwords.NONE).build();
        Analyzer counting = FahrasAnalyzer.builder().counting(ts -> ts).build()) {
      assertAnalyzesTo(fahras, text, new String[] {"ذهب", "علي", "cafe", "عاما"});
      assertAnalyzesTo(keepAla, text, new String[] {"ذهب", "علي", "علي", "cafe", "عاما"});
      assertAnalyzesTo(none, text, new String[] {"ذهب", "علي", "الي", "علي", "في", "cafe", "عاما"});
      // counting: every token as written, normalized only (no Latin folding, no stopwords)
      assertAnalyzesTo(counting, text, new String[] {"ذهب", "علي", "الي", "علي", "في", "café", "عاما"});
    }
  }

  public void testDiacriticsAndTatweelRemovedOffsetsKept() throws IOException {
    try (Analyzer a = exact()) {
      // "الْكِتَابُ" (with harakat) and "ســـوق" (with tatweel): terms folded, offsets cover the original.
      assertAnalyzesTo(a, "الْكِتَابُ ســـوق",
          new String[] {"الكتاب", "سوق"}, new int[] {0, 11}, new int[] {10, 17}, new int[] {1, 1});
    }
  }

  public void testAlefYehTehMarbutaAndHamzaCarriers() throws IOException {
    try (Analyzer a = exact()) {
      // مستشفى keeps the ى its stem keeps (AlefMaksuraFilter), and مستشفي, a writer's ي for it, is read so
      assertAnalyzesTo(a, "أحمد إسلام آمال ٱلله مستشفى مدرسة مسؤول مسئول مستشفي المسيحى",
          new String[] {"احمد", "اسلام", "امال", "الله", "مستشفى", "مدرسه", "مسءول", "مسءول", "مستشفى", "المسيحي"});
    }
  }

  public void testPersianAndUrduLetters() throws IOException {
    try (Analyzer a = exact()) {
      assertAnalyzesTo(a, "کتاب یوم ہدیہ ۃ", new String[] {"كتاب", "يوم", "هديه", "ه"});
    }
  }

  public void testPresentationFormsAndLigatures() throws IOException {
    try (Analyzer a = exact()) {
      // ﻣﺆﺗﻤﺮ = مؤتمر in contextual forms; ﻻ is the lam-alef ligature.
      assertAnalyzesTo(a, "ﻣﺆﺗﻤﺮ ﻻﻋﺐ", new String[] {"مءتمر", "لاعب"}, new int[] {0, 6}, new int[] {5, 9});
    }
  }

  public void testDigitsAndLatin() throws IOException {
    try (Analyzer a = exact()) {
      assertAnalyzesTo(a, "عام ٢٠١٨ و۱۹۹۹ Macron Émile", new String[] {"عام", "2018", "و1999", "macron", "emile"});
    }
  }

  public void testBidiAndZeroWidthControlsRemoved() throws IOException {
    try (Analyzer a = exact()) {
      assertAnalyzesTo(a, "\u200fالمهرجان\u200f مصر\u200e \u2067تونس\u2069 عر\u200dبي",
          new String[] {"المهرجان", "مصر", "تونس", "عربي"});
    }
  }

  public void testStopwordsMatchedAfterNormalization() throws IOException {
    try (Analyzer a = exact()) {
      // إلى and الى, وفي, فإن, question words: all stopwords; positions keep the gaps.
      assertAnalyzesTo(a, "متى ذهب إلى الى وفي فإن السوق",
          new String[] {"ذهب", "السوق"}, new int[] {2, 5});
    }
  }

  public void testNameAliIsNotAStopword() throws IOException {
    try (Analyzer a = exact()) {
      assertAnalyzesTo(a, "علي", new String[] {"علي"});
      // the preposition على, written with ى, is one
      assertAnalyzesTo(a, "على محمد علي", new String[] {"محمد", "علي"}, new int[] {2, 1});
    }
  }

  public void testGluedQuestionWordsAndFunctionWordsWithProclitics() throws IOException {
    try (Analyzer a = stemmed()) {
      // ماهي = ما هي; بماذا would otherwise lose its ب and search ماذا; a lone article (الـ"عمدة") is no word;
      // عمدة ("mayor") keeps its ة, another word than عمد ("on purpose"), kept-endings.txt
      assertAnalyzesTo(a, "ماهي بماذا لهذا والتي الـ\"عمدة\" فهم فلم",
          new String[] {"عمده", "فهم", "فلم"}, new int[] {6, 1, 1});
    }
  }

  public void testTanweenAlefIsAnEnding() throws IOException {
    try (Analyzer a = stemmed(); Analyzer e = exact()) {
      // written with the mark or without, the accusative meets the word; names in ا keep it (سوريا, دوما);
      // رسمي ("official") keeps its nisba ي, another word than رسم ("drawing", "fee"), kept-endings.txt
      assertAnalyzesTo(a, "عاماً عاما عام رسمياً رسميا رسمي كيلومتراً سوريا روسيا دوما",
          new String[] {"عام", "عام", "عام", "رسمي", "رسمي", "رسمي", "كيلومتر", "سوريا", "روسيا", "دوما"});
      // the exact representation keeps the word as written, marks aside
      assertAnalyzesTo(e, "عاماً عاما", new String[] {"عاما", "عاما"});
    }
  }

  public void testNisbaAndFinalYehAreTheWords() throws IOException {
    try (Analyzer a = stemmed()) {
      // chain 8: the nisba's ي stays whatever follows it (ة, ين, ون, ان, ات with a pronoun), so the adjective's
      // forms meet and stay apart from the place or noun (مصري / مصر, اقتصادية / اقتصاد) and a name from a word
      // (حسني / حسن); the ين of a plural still goes (معلمين → معلم); a final ى is the word's (قتلى / قتل: the dead,
      // killing; chain 10 keeps it as ى, a noun written ى far more often than ي, kept-endings.txt)
      assertAnalyzesTo(a, "مصر مصري المصرية المصريين مصريون قياديان اقتصاد الاقتصادية معلمين المعلمين حسني حسن",
          new String[] {"مصر", "مصري", "مصري", "مصري", "مصري", "قيادي", "اقتصاد", "اقتصادي", "معلم", "معلم", "حسني",
              "حسن"});
      assertAnalyzesTo(a, "القتلى قتلى قتل العمليات عملياته", new String[] {"قتلى", "قتلى", "قتل", "عملي", "عملي"});
    }
  }

  public void testFinalAlefMaksuraIsNoSuffix() throws IOException {
    String text = "ليلى وليلى ليلي ليلة هدى الهدى هدية منى مني مستشفى المستشفى مستشفيات مستوى مستويات";
    // ليلي ("nightly") keeps its nisba ي and ليلة ("a night") its ة (kept-endings.txt): apart from the name
    String[] stems = {"ليلى", "ليلى", "ليلي", "ليله", "هدى", "هدى", "هدي", "منى", "مني", "مستشفى", "مستشفى",
        "مستشفى", "مستوى", "مستوى"};
    try (Analyzer a = stemmed(); Analyzer steps = FahrasFoldingFilterTest.stepByStep(true, true);
        Analyzer e = exact()) {
      // a name written with ى keeps it (ليلى is not ليلي "nightly" + the suffix ي, هدى is not هدية);
      // its proclitics go; a noun written ى far more often than ي keeps it too (kept-endings.txt), and its plural in
      // يات meets it (مستشفى, مستشفيات)
      assertAnalyzesTo(a, text, stems);
      assertAnalyzesTo(steps, text, stems); // by SPI names, the flag carried from fahrasArabicNormalization
      // the exact representation keeps the ى the stemmed one keeps (chain 10), and folds the others
      assertAnalyzesTo(e, "ليلى هدى الكلى الكلي المسيحى", new String[] {"ليلى", "هدى", "الكلى", "الكلي", "المسيحي"});
    }
    try (Analyzer h = FahrasAnalyzer.builder().stackExact(true).build()) {
      assertAnalyzesTo(h, "الهدى الليلة", new String[] {"الهدى", "هدى", "الليله", "ليله"});
    }
  }

  public void testCombinedProclitics() throws IOException {
    try (Analyzer a = stemmed()) {
      // عادة, مدرسة keep their ة: words apart from عاد ("returned"), مدرس ("teacher"), kept-endings.txt
      assertAnalyzesTo(a, "وبالكتاب فللمدينة والكتاب كالعادة للمدرسة وكالسيارة فبالقلم",
          new String[] {"كتاب", "مدين", "كتاب", "عاده", "مدرسه", "سيار", "قلم"});
    }
  }

  public void testPronounAndNumberSuffixes() throws IOException {
    try (Analyzer a = stemmed()) {
      // the feminine معلمة, measured as used unlike معلم, keeps its ة (kept-endings.txt): معلمات meets it
      assertAnalyzesTo(a, "كتابهم بلادنا معلماتهم كتابها مسلمون مسلمين المعلمات معلمين",
          new String[] {"كتاب", "بلاد", "معلمه", "كتاب", "مسلم", "مسلم", "معلمه", "معلم"});
    }
  }

  public void testTehMarbutaBeforePronounsAndBarePrepositions() throws IOException {
    try (Analyzer a = stemmed()) {
      // مكتبتها = مكتبة + ها; بمدينتهم = ب + مدينة + هم; بمدينة = ب + مدينة; لكأس = ل + كأس (the lexicon
      // attests كأس; without it the stem was too short to judge); كتاب keeps its ك (a noun attested with ال).
      // مكتبة ("library") keeps its ة, apart from مكتب ("office"; kept-endings.txt); مكتبه, written with ه, is
      // مكتب + the pronoun ("his office")
      assertAnalyzesTo(a, "مكتبتها مكتبة مكتبات بمدينتهم بمدينة مدينة لكأس كتاب مكتبه",
          new String[] {"مكتبه", "مكتبه", "مكتبه", "مدين", "مدين", "مدين", "كاس", "كتاب", "مكتب"});
    }
  }

  public void testPluralUsedUnlikeItsBareStemKeepsItsEnding() throws IOException {
    try (Analyzer a = stemmed()) {
      // ملابسات ("circumstances") and سماعات ("headphones") are measured as used unlike ملابس ("clothes") and سماع
      // ("hearing"), their word in ة being rare (kept-endings.txt: ملابسه, سماعه); حوارات, measured alike, meets
      // حوار, and ملابسه written with ه is ملابس + the pronoun
      assertAnalyzesTo(a, "ملابسات الملابسات ملابساتها ملابس ملابسه سماعات سماع حوارات حوار",
          new String[] {"ملابسه", "ملابسه", "ملابسه", "ملابس", "ملابس", "سماعه", "سماع", "حوار", "حوار"});
    }
  }

  public void testNounWrittenWithAlefMaksuraKeepsIt() throws IOException {
    try (Analyzer a = stemmed()) {
      // the corpora write الكلى ("the kidneys") and الكلي ("the total") both, each often: two words, and the
      // college (الكلية, the nisba's feminine) is a third; الأولى ("the first") is not الأولية ("primary"), nor
      // العظمى ("the greatest") عظمي ("bony"). المستشفي is a writer's ي for the ى of المستشفى (1.8 % of its
      // writings) and meets it; a verb in ى (تجرى) and a source's ى for ي (المسيحى) are stemmed as the word in ي
      assertAnalyzesTo(a, "الكلى الكلي الكلية الأولى أولى الأولية العظمى عظمي المستشفي مستشفيات تجرى تجري المسيحى",
          new String[] {"كلى", "كلي", "كلي", "اولى", "اولى", "اولي", "عظمى", "عظمي", "مستشفى", "مستشفى", "تجري",
              "تجري", "مسيحي"});
    }
  }

  public void testLatinFoldingLeavesArabicAlone() throws IOException {
    try (Analyzer a = exact()) {
      assertAnalyzesTo(a, "Ångström café مقهى Ελλάδα", new String[] {"angstrom", "cafe", "مقهى", "ελλάδα"});
    }
  }

  public void testEveryChainNameBuilds() throws IOException {
    for (String name : java.util.stream.Stream.concat(AnalysisChain.NAMES.stream(), AnalysisChain.ABLATIONS.stream())
        .toList()) {
      AnalysisChain c = AnalysisChain.forName(name);
      assertEquals(name, c.name());
      assertFalse(tokens(c.stemmed(), "المكتبة الوطنية").isEmpty());
    }
    expectThrows(IllegalArgumentException.class, () -> AnalysisChain.forName("nonesuch"));
  }

  public void testMinimumStemAndProtectedWords() throws IOException {
    try (Analyzer a = stemmed()) {
      // متهم keeps its هم (a 2-letter stem is too short); لبنان and ولبنان keep their ان (protected name).
      assertAnalyzesTo(a, "متهم لبنان ولبنان ايران", new String[] {"متهم", "لبنان", "لبنان", "ايران"});
    }
  }

  public void testPrefixTermsNormalizedLikeFullTerms() {
    try (Analyzer a = stemmed()) {
      assertEquals(new BytesRef("احمد"), a.normalize("body", "أحمد"));
      assertEquals(new BytesRef("الجزاءر"), a.normalize("body", "الجزائر"));
    }
  }

  public void testCustomAnalyzerBySpiNamesGivesTheSameTokens() throws IOException {
    // the chain step by step, by SPI names
    Analyzer custom = FahrasFoldingFilterTest.stepByStep(true, true);
    String text = "وبالكتاب ٢٠١٨ أحمد ﻻﻋﺐ \u200fمسئول Émile الْكِتَابُ ــ في كتابهم #دونالد_ترمب snake_case ب＿الكتاب";
    Analyzer fused = CustomAnalyzer.builder()
        .addCharFilter(ConnectorPunctuationCharFilterFactory.NAME)
        .withTokenizer("standard")
        .addTokenFilter(FahrasFoldingFilterFactory.NAME)
        .addTokenFilter(ArabicLightStemFilterFactory.NAME)
        .build();
    try (Analyzer ours = stemmed(); custom; fused) {
      // terms, offsets, positions, types and end state
      assertEquals(FahrasFoldingFilterTest.trace(ours, text), FahrasFoldingFilterTest.trace(custom, text));
      assertEquals(FahrasFoldingFilterTest.trace(ours, text), FahrasFoldingFilterTest.trace(fused, text));
      assertTrue(tokens(ours, text).contains("كتاب"));
      assertTrue(tokens(ours, text).contains("ترمب"));
    }
    Analyzer exactFused = CustomAnalyzer.builder()
        .addCharFilter(ConnectorPunctuationCharFilterFactory.NAME)
        .withTokenizer("standard")
        .addTokenFilter(FahrasFoldingFilterFactory.NAME)
        .build();
    try (Analyzer ours = exact(); exactFused) {
      assertEquals(FahrasFoldingFilterTest.trace(ours, text), FahrasFoldingFilterTest.trace(exactFused, text));
      // prefix terms: neither splits them
      assertEquals(ours.normalize("body", "دونالد_ترم"), exactFused.normalize("body", "دونالد_ترم"));
    }
  }

  public void testStemmingOnlyToSomeStemsFindsTheSameTerms() throws IOException {
    try (FahrasAnalyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer some = a.stemmingOnlyTo(java.util.List.of("وزاره", "ليلى"))) {
      // a term that holds وزار or ليل is stemmed; المكتبات, هدى and الهدية, which cannot stem to either, are not
      assertAnalyzesTo(some, "الوزارة وزارتها المكتبات ليلى هدى الهدية",
          new String[] {"وزاره", "وزاره", "المكتبات", "ليلى", "هدي", "الهديه"},
          new int[] {0, 8, 16, 25, 30, 34}, new int[] {7, 15, 24, 29, 33, 40});
    }
    // on the sample article: wherever the whole chain gives one of the stems, so does the restricted chain, and
    // nowhere else
    Path sample = Path.of(System.getProperty("fahras.basedir", "."), "..", "shared", "samples",
        "000_61e33e4c7f4883a7.txt");
    assumeTrue("sample article not present", Files.exists(sample));
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    try (FahrasAnalyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS)) {
      java.util.List<String> all = tokens(a, text);
      java.util.Random r = new java.util.Random(8);
      for (int round = 0; round < 20; round++) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (int i = 0; i < 1 + r.nextInt(6); i++) {
          stems.add(all.get(r.nextInt(all.size())));
        }
        try (Analyzer some = a.stemmingOnlyTo(stems)) {
          java.util.List<String> restricted = tokens(some, text);
          assertEquals(all.size(), restricted.size());
          for (int i = 0; i < all.size(); i++) {
            assertEquals(stems + " at " + i, stems.contains(all.get(i)), stems.contains(restricted.get(i)));
            if (stems.contains(all.get(i))) {
              assertEquals(all.get(i), restricted.get(i));
            }
          }
        }
      }
    }
  }

  public void testSampleArticleAnalyzes() throws IOException {
    Path sample = Path.of(System.getProperty("fahras.basedir", "."), "..", "shared", "samples",
        "000_61e33e4c7f4883a7.txt");
    assumeTrue("sample article not present", Files.exists(sample));
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    try (Analyzer a = stemmed()) {
      java.util.List<String> t = tokens(a, text);
      assertTrue(t.size() > 100);
      assertTrue(t.contains("درن")); // درنة, folded and stemmed
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = stemmed()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = exact()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomArabicText() throws IOException {
    // Random strings drawn from the Arabic blocks, presentation forms and controls this chain handles.
    try (Analyzer a = stemmed()) {
      for (int i = 0; i < 500; i++) {
        StringBuilder sb = new StringBuilder();
        int n = random().nextInt(40);
        for (int j = 0; j < n; j++) {
          int pick = random().nextInt(10);
          char c = switch (pick) {
            case 0 -> ' ';
            case 1 -> (char) (0xFB50 + random().nextInt(0xFDFF - 0xFB50));
            case 2 -> (char) (0xFE70 + random().nextInt(0xFEFF - 0xFE70));
            case 3 -> (char) (0x200B + random().nextInt(5));
            default -> (char) (0x0600 + random().nextInt(0x100));
          };
          sb.append(c);
        }
        checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString());
      }
    }
  }

  static java.util.List<String> tokens(Analyzer a, String text) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var ts = a.tokenStream("body", text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
