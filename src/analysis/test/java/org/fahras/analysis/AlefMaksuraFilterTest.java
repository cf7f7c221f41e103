package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The exact representation's ى: {@link AlefMaksuraFilter} by its SPI name after normalization writes the ى the
 * stemmer keeps, and leaves every other term, its offsets and positions as they were; random text through it.
 */
public class AlefMaksuraFilterTest extends BaseTokenStreamTestCase {
  private static Analyzer chain(boolean alefMaksura) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer("standard")
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME);
    if (alefMaksura) {
      b.addTokenFilter(AlefMaksuraFilterFactory.NAME);
    }
    return b.build();
  }

  public void testKeepsTheAlefMaksuraOfTheStem() throws IOException {
    try (Analyzer a = chain(true)) {
      // الكلى ("the kidneys") and ليلى keep their ى, الكلي ("the total") its ي; المستشفي is a writer's ي for the ى
      // of المستشفى; المسيحى is a writer's ى for the ي of المسيحي; مصري is no word in ى
      assertAnalyzesTo(a, "الكلى الكلي ليلى المستشفي المسيحى مصري",
          new String[] {"الكلى", "الكلي", "ليلى", "المستشفى", "المسيحي", "مصري"},
          new int[] {0, 6, 12, 17, 26, 34}, new int[] {5, 11, 16, 25, 33, 38}, new int[] {1, 1, 1, 1, 1, 1});
    }
  }

  public void testAStemmerAfterItReadsTheAlefMaksuraBack() throws IOException {
    try (Analyzer marked = CustomAnalyzer.builder().withTokenizer("standard")
            .addTokenFilter(ArabicNormalizationFilterFactory.NAME).addTokenFilter(AlefMaksuraFilterFactory.NAME)
            .addTokenFilter(ArabicLightStemFilterFactory.NAME).build();
        Analyzer plain = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS, false)) {
      String text = "الكلى الكلي ليلى المستشفي مستويات المسيحى";
      assertAnalyzesTo(marked, text, new String[] {"كلى", "كلي", "ليلى", "مستشفى", "مستوى", "مسيحي"});
      assertAnalyzesTo(plain, text, new String[] {"كلى", "كلي", "ليلى", "مستشفى", "مستوى", "مسيحي"});
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = chain(true)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
