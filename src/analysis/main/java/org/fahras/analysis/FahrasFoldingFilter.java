package org.fahras.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The steps of the fahras chain between the tokenizer and the stemmer in one pass over each term: the same tokens,
 * offsets and positions as {@link ArabicNormalizationFilter} → {@code decimalDigit} → {@code lowercase} →
 * {@link LatinFoldingFilter} → {@code length} (min 1) → {@code stop} (and the same
 * {@link ArabicNormalizationFilter#WRITTEN_ALEF_MAKSURA} flag), then, for the exact chain, {@link AlefMaksuraFilter},
 * at a fraction of their cost (one virtual call and one loop per term instead of six). A term made only of ASCII
 * and Arabic-block characters, nearly every term of a news text, is folded by one table ({@link TermFolder}); any
 * other term goes through each step's own code in the chain's order. Dropped terms (emptied by normalization, or
 * stopwords) leave their position increment to the next term, as the separate filters do.
 */
public final class FahrasFoldingFilter extends FilteringTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final PackedWordSet stopwords;
  private final CharArraySet withAlefMaksura;
  private final ArabicLightStemmer stemmer;
  private final char[][] stemPrefixes;
  /** Without a stemmer, what writes a term's final ي as the ى of its stem (exact chains), or null. */
  private final AlefMaksuraMarker alefMaksura;
  private char[] folded = new char[64];

  /**
   * Folds the terms of {@code input} and drops the empty ones and {@code stopwords} (normalized; null for none).
   */
  public FahrasFoldingFilter(TokenStream input, CharArraySet stopwords) {
    this(input, stopwords, null, null);
  }

  /**
   * Folds the terms of {@code input} and drops the empty ones, {@code stopwords} and, among the terms written with
   * a final ى, {@code withAlefMaksura} (as {@link ArabicStopFilter} does; null for none).
   */
  public FahrasFoldingFilter(TokenStream input, CharArraySet stopwords, CharArraySet withAlefMaksura) {
    this(input, stopwords, withAlefMaksura, null);
  }

  /**
   * As {@link #FahrasFoldingFilter(TokenStream, CharArraySet, CharArraySet)}, followed, with {@code alefMaksura},
   * by {@link AlefMaksuraFilter}'s step: the exact representation keeps the ى that the stemmed one keeps, so that
   * الكلى ("the kidneys") is not الكلي ("the total") there either, and المستشفي is المستشفى.
   */
  public FahrasFoldingFilter(TokenStream input, CharArraySet stopwords, CharArraySet withAlefMaksura,
      boolean alefMaksura) {
    this(input, stopwords, withAlefMaksura, null, null, alefMaksura ? new AlefMaksuraMarker() : null);
  }

  /**
   * Folds, drops, then stems each term with {@code stemmer} (null for none): the same tokens as this filter
   * followed by {@link ArabicLightStemFilter}, for a chain with nothing between the two (a stemmer reached in the
   * same call costs no filter of its own). Keyword-marked terms are stemmed too (nothing before this filter marks
   * them in {@link FahrasAnalyzer}, the one user), hence not public.
   */
  FahrasFoldingFilter(TokenStream input, CharArraySet stopwords, CharArraySet withAlefMaksura,
      ArabicLightStemmer stemmer) {
    this(input, stopwords, withAlefMaksura, stemmer, null);
  }

  /**
   * As {@link #FahrasFoldingFilter(TokenStream, CharArraySet, CharArraySet, ArabicLightStemmer)}, stemming only the
   * terms that hold one of {@code stemPrefixes} (null: every term), for {@link FahrasAnalyzer#stemmingOnlyTo}.
   */
  FahrasFoldingFilter(TokenStream input, CharArraySet stopwords, CharArraySet withAlefMaksura,
      ArabicLightStemmer stemmer, char[][] stemPrefixes) {
    this(input, stopwords, withAlefMaksura, stemmer, stemPrefixes, null);
  }

  private FahrasFoldingFilter(TokenStream input, CharArraySet stopwords, CharArraySet withAlefMaksura,
      ArabicLightStemmer stemmer, char[][] stemPrefixes, AlefMaksuraMarker alefMaksura) {
    super(input);
    this.alefMaksura = alefMaksura;
    this.stopwords = PackedWordSet.of(stopwords);
    this.withAlefMaksura = withAlefMaksura;
    this.stemmer = stemmer;
    this.stemPrefixes = stemPrefixes;
  }

  /** Whether {@code buf[0..n)} holds one of {@link #stemPrefixes}. */
  private boolean holdsStemPrefix(char[] buf, int n) {
    for (char[] p : stemPrefixes) {
      for (int i = 0; i + p.length <= n; i++) {
        if (Arrays.equals(buf, i, i + p.length, p, 0, p.length)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  protected boolean accept() {
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    ArabicNormalizationFilter.trimInvisibleFromOffsets(offsetAtt, buf, len);
    // a final ى, as ArabicNormalizationFilter flags it: على is a stopword, and the stemmer keeps the ى of ليلى
    char last = ArabicNormalizer.lastWrittenLetter(buf, len);
    boolean maksura = ArabicNormalizer.isAlefMaksura(last);
    // a final ة, as ArabicNormalizationFilter flags it: the stemmer keeps the ة of عملة, a word apart from عمل
    boolean tehMarbuta = ArabicNormalizer.isTehMarbuta(last);
    int flags = flagsAtt.getFlags()
        & ~(ArabicNormalizationFilter.WRITTEN_ALEF_MAKSURA | ArabicNormalizationFilter.WRITTEN_TEH_MARBUTA);
    flags |= maksura ? ArabicNormalizationFilter.WRITTEN_ALEF_MAKSURA : 0;
    flagsAtt.setFlags(tehMarbuta ? flags | ArabicNormalizationFilter.WRITTEN_TEH_MARBUTA : flags);
    int n = TermFolder.foldCommon(buf, len);
    if (n < 0) {
      n = foldEachStep(len);
      buf = termAtt.buffer();
    }
    if (n == 0 || ArabicStopFilter.isStopword(stopwords, withAlefMaksura, buf, n, maksura)) {
      return false;
    }
    boolean stem = stemmer != null && (stemPrefixes == null || holdsStemPrefix(buf, n));
    termAtt.setLength(stem ? stemmer.stem(buf, n, maksura, tehMarbuta) : n);
    if (alefMaksura != null) {
      alefMaksura.mark(buf, n, maksura, tehMarbuta); // AlefMaksuraFilter's step
    }
    return true;
  }

  /** The separate steps, in the chain's order, for a term with characters outside ASCII and the Arabic block. */
  private int foldEachStep(int len) {
    int n = ArabicNormalizationFilter.normalize(termAtt, len);
    char[] buf = termAtt.buffer();
    n = TermFolder.decimalDigits(buf, n);
    CharacterUtils.toLowerCase(buf, 0, n);
    if (TermFolder.needsLatinFolding(buf, n)) {
      int room = 4 * n;
      if (folded.length < room) {
        folded = new char[ArrayUtil.oversize(room, Character.BYTES)];
      }
      int out = ASCIIFoldingFilter.foldToASCII(buf, 0, folded, 0, n);
      termAtt.copyBuffer(folded, 0, out);
      n = out;
    }
    return n;
  }
}
