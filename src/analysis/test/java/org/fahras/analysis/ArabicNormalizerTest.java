package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
  @Test
  void foldsEachVariant() {
    assertEquals("ا", ArabicNormalizer.normalize("آ"));
    assertEquals("ا", ArabicNormalizer.normalize("أ"));
    assertEquals("ا", ArabicNormalizer.normalize("إ"));
    assertEquals("ا", ArabicNormalizer.normalize("ٱ"));
    assertEquals("ي", ArabicNormalizer.normalize("ى"));
    assertEquals("ي", ArabicNormalizer.normalize("ی"));
    assertEquals("ك", ArabicNormalizer.normalize("ک"));
    assertEquals("ه", ArabicNormalizer.normalize("ہ"));
    assertEquals("ه", ArabicNormalizer.normalize("ە"));
    assertEquals("ه", ArabicNormalizer.normalize("ۃ"));
    assertEquals("ه", ArabicNormalizer.normalize("ة"));
    assertEquals("ء", ArabicNormalizer.normalize("ؤ"));
    assertEquals("ء", ArabicNormalizer.normalize("ئ"));
  }

  @Test
  void removesMarksAndControls() {
    assertEquals("هذا", ArabicNormalizer.normalize("هٰذَا"));
    assertEquals("الرحمن", ArabicNormalizer.normalize("الرَّحْمَٰنِ"));
    assertEquals("قال", ArabicNormalizer.normalize("قــــال"));
    assertEquals("قال", ArabicNormalizer.normalize("ق\u06D6ا\u06EDل"));
    for (char c : new char[] {'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066',
        '\u2069', '\u061C', '\uFEFF', '\u00AD'}) {
      assertEquals("سلام", ArabicNormalizer.normalize("سل" + c + "ام"), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void presentationFormsBecomeLetters() {
    assertEquals("لا", ArabicNormalizer.normalize("\uFEFB"));
    assertEquals("مءتمر", ArabicNormalizer.normalize("ﻣﺆﺗﻤﺮ"));
    assertEquals("الله", ArabicNormalizer.normalize("\uFDF2"));
    assertEquals("", ArabicNormalizer.normalize("\uFDFA")); // a whole phrase ligature
  }

  @Test
  void ligatureExpansionInPlaceKeepsFollowingChars() {
    char[] buf = new char[16];
    String in = "\uFEFB\u064Bعب"; // lam-alef ligature, a fathatan, then letters
    in.getChars(0, in.length(), buf, 0);
    int n = ArabicNormalizer.normalize(buf, in.length());
    assertEquals("لاعب", new String(buf, 0, n));
  }

  @Test
  void inPlaceAgreesWithTheGeneralPathAndDefersLigatures() {
    for (String w : new String[] {"أَحْمَدُ", "ســـوق", "مسئول", "Latin", "", "\u200fمصر\u200e", "ى"}) {
      char[] buf = w.toCharArray();
      int n = ArabicNormalizer.normalizeInPlace(buf, buf.length);
      assertEquals(ArabicNormalizer.normalize(w), new String(buf, 0, n), w);
    }
    char[] lig = "\uFEFBعب".toCharArray();
    assertEquals(-1, ArabicNormalizer.normalizeInPlace(lig, lig.length));
    assertEquals("\uFEFBعب", new String(lig)); // untouched
  }

  @Test
  void stripMarksKeepsLettersAsWritten() {
    assertEquals("المكتبة", ArabicNormalizer.stripMarks("المكتبةُ"));
    assertEquals("مسئول", ArabicNormalizer.stripMarks("مســئول\u200f"));
  }

  @Test
  void unchangedTextIsReturnedAsIs() {
    String s = "كتاب Latin 123";
    assertEquals(s, ArabicNormalizer.normalize(s));
  }

  @Test
  void persianAndMaghrebiLettersAsTheSourcesWriteThem() {
    assertEquals("ترمب", ArabicNormalizer.normalize("ترمپ"));
    assertEquals("فلاديمير", ArabicNormalizer.normalize("ڤلاديمير"));
    assertEquals("فان", ArabicNormalizer.normalize("ڥان"));
    assertEquals("جان", ArabicNormalizer.normalize("ژان"));
    assertEquals("غوغل", ArabicNormalizer.normalize("گوگل"));
    assertEquals("تشرشل", ArabicNormalizer.normalize("چرشل"));
    assertEquals("ريتشارد", ArabicNormalizer.normalize("ريچارد"));
  }

  @Test
  void tchehExpandsInPlaceWithoutOverwritingTheRest() {
    String in = "چيلسي";
    char[] buf = new char[16];
    in.getChars(0, in.length(), buf, 0);
    assertEquals(-1, ArabicNormalizer.normalizeInPlace(buf, in.length()), "چ takes the expanding path");
    assertEquals(in.length() + 1, ArabicNormalizer.normalizedLength(buf, in.length()));
    int n = ArabicNormalizer.normalize(buf, in.length());
    assertEquals("تشيلسي", new String(buf, 0, n));
  }

  @Test
  void arabicNumberSeparators() {
    assertEquals("3.1", ArabicNormalizer.normalize("3\u066B1"));
    assertEquals("٣.١", ArabicNormalizer.normalize("٣٫١"), "digits are folded by the next step, decimalDigit");
    assertEquals("1500", ArabicNormalizer.normalize("1\u066C500"));
    assertEquals("١٥٠٠", ArabicNormalizer.normalize("١٬٥٠٠"));
    assertEquals("1500", ArabicNormalizer.normalize("1,500"));
    assertEquals("2500000", ArabicNormalizer.normalize("2,500,000"));
    assertEquals("12500.5", ArabicNormalizer.normalize("12,500.5"));
  }

  @Test
  void commasThatAreNotThousandsSeparatorsStay() {
    for (String w : new String[] {"8,1", "10,25", "1,2,3", "1234,567", ",500", "1,500,", "1,5000", "a,500", "1,50a"}) {
      assertEquals(w, ArabicNormalizer.normalize(w), w);
      char[] buf = w.toCharArray();
      assertEquals(w, new String(buf, 0, ArabicNormalizer.normalizeInPlace(buf, buf.length)), w);
    }
  }
}
