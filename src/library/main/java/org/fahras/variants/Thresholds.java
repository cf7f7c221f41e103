package org.fahras.variants;

/**
 * The thresholds of {@link ConfirmationRule}, grouped by the rule that reads them. Set on the ANT news (41,654
 * articles) and its test set of variant groups; a change moves pairs of the bundled table (see docs/variants.md).
 */
final class Thresholds {
  private Thresholds() {}

  // ---- COMMON_WORDS ----
  /**
   * Both words seen at least {@code COMMON_COUNT} times: enough use to see house styles, so a source divergence
   * below {@code COMMON_SOURCES} means two words, not two spellings.
   */
  static final int COMMON_COUNT = 100;
  static final double COMMON_SOURCES = 0.06;

  // ---- CLITIC ----
  /** A clitic-looking form must be this much closer in context to its partner than to its base. */
  static final double BASE_MARGIN = 0.05;

  // ---- SHORT ----
  /** Two consonants (فيغو / فيجو), only غ/ج differing: context similarity that confirms, below this nativeness. */
  static final double SHORT_CONTEXT = 0.18;
  static final double SHORT_NATIVE = 0.5;

  // ---- LOOSE ----
  /** Loose correspondences only (غوتيريش / غوتيريس): alike contexts, or somewhat alike and complementary sources. */
  static final double LOOSE_CONTEXT = 0.25;
  static final double LOOSE_CONTEXT_WITH_SOURCES = 0.2;
  static final double LOOSE_SCORE = 0.32;

  // ---- G_ONLY ----
  /** A pair differing only by غ/ج: context similarity that confirms it, for words below this nativeness. */
  static final double G_CONTEXT = 0.11;
  static final double G_NATIVE = 1.0;
  /**
   * A difference of غ/ج alone in a word of {@code LONG_SKELETON} consonants or more (انفوغرافيك / انفوجرافيك): two
   * different words so long hardly differ so little, so some shared context is enough.
   */
  static final int LONG_SKELETON = 6;
  static final double LONG_G_CONTEXT = 0.04;

  // ---- VOWEL_ALIKE, VOWEL_NAME ----
  /** One long vowel in a word of five skeleton consonants or more, used alike: confirmed whatever the nativeness. */
  static final double VOWEL_ALIKE_CONTEXT = 0.4;
  /** One long vowel inserted in a word of five skeleton consonants or more (مانهاتن / منهاتن). */
  static final double VOWEL_CONTEXT = 0.10;
  static final double VOWEL_ARTICLE_CONTEXT = 0.13;
  static final double VOWEL_ARTICLE_NATIVE = 0.1;

  // ---- LOANWORD ----
  /**
   * One long vowel or غ/ج in a word of five skeleton consonants or more, whatever its nativeness: alike contexts
   * and somewhat complementary sources together.
   */
  static final double LOANWORD_CONTEXT = 0.15;
  static final double LOANWORD_SOURCES = 0.2;

  // ---- RARE_NAME ----
  /**
   * One long vowel or غ/ج, the rarer word seen at most {@code RARE_COUNT} times (too few neighbours for the
   * general rule): somewhat alike contexts and somewhat complementary sources together, names only.
   */
  static final int RARE_COUNT = 15;
  static final double RARE_CONTEXT = 0.07;
  static final double RARE_SOURCES = 0.12;

  // ---- the general rules: BOTH_NATIVE, NEITHER_NATIVE, ONE_NATIVE (and LOOSE, VOWEL_NAME, RARE_NAME) ----
  /** Nativeness (see {@link Evidence#nativeness}) from which a word counts as an ordinary Arabic word. */
  static final double NATIVE = 0.3;
  /** Subtracted from the context similarity of words of at most three skeleton consonants. */
  static final double SHORT_SKELETON = 0.1;
  /** Both native (امريكي / اميركي): only alike contexts and clearly complementary sources together. */
  static final double NATIVE_CONTEXT = 0.3;
  static final double NATIVE_SOURCES = 0.5;
  /**
   * Neither word native: context similarity that confirms alone; or, from a lower similarity, similarity plus
   * {@code FOREIGN_SOURCES} × source divergence reaching {@code FOREIGN_CONTEXT} (complementary house styles).
   */
  static final double FOREIGN_CONTEXT = 0.2;
  static final double FOREIGN_CONTEXT_WITH_SOURCES = 0.12;
  static final double FOREIGN_SOURCES = 0.3;
  /** One word native: the same, stricter. */
  static final double MIXED_CONTEXT = 0.5;
  static final double MIXED_CONTEXT_WITH_SOURCES = 0.2;
  static final double MIXED_SOURCES = 0.3;

  // ---- bare forms ----
  /** Context similarity a bare pair needs when its forms with the article are a confirmed pair. */
  static final double FAMILY_CONTEXT = 0.08;
}
