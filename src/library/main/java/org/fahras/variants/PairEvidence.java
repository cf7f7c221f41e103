package org.fahras.variants;

/**
 * What is known of a candidate pair when {@link ConfirmationRule} judges it.
 *
 * @param kind the kind of candidate
 * @param a one word (exact representation)
 * @param b the other
 * @param rarer occurrences of the rarer word
 * @param nativeA nativeness of {@code a} ({@link Evidence#nativeness}; a clitic-looking form takes its partner's)
 * @param nativeB nativeness of {@code b}
 * @param context context similarity of the two words
 * @param divergence source divergence of the two words
 * @param clitic whether one word looks like a clitic or inflected form of a third word, its base
 * @param baseContext the context similarity of such a form to its base (0 when there is none)
 */
record PairEvidence(Candidates.Kind kind, String a, String b, int rarer, double nativeA, double nativeB,
    double context, double divergence, boolean clitic, double baseContext) {

  /** A pair of {@code kind} with no evidence yet: no occurrences, nativeness, context or sources, no base. */
  static PairEvidence of(Candidates.Kind kind, String a, String b) {
    return new PairEvidence(kind, a, b, 0, 0, 0, 0, 0, false, 0);
  }

  /** This evidence, the rarer word seen {@code n} times. */
  PairEvidence withRarer(int n) {
    return new PairEvidence(kind, a, b, n, nativeA, nativeB, context, divergence, clitic, baseContext);
  }

  /** This evidence with the nativeness of the two words. */
  PairEvidence withNativeness(double na, double nb) {
    return new PairEvidence(kind, a, b, rarer, na, nb, context, divergence, clitic, baseContext);
  }

  /** This evidence with context similarity {@code c}. */
  PairEvidence withContext(double c) {
    return new PairEvidence(kind, a, b, rarer, nativeA, nativeB, c, divergence, clitic, baseContext);
  }

  /** This evidence with source divergence {@code d}. */
  PairEvidence withSources(double d) {
    return new PairEvidence(kind, a, b, rarer, nativeA, nativeB, context, d, clitic, baseContext);
  }

  /** This evidence, one word a clitic-looking form whose context similarity to its base is {@code c}. */
  PairEvidence withClitic(double c) {
    return new PairEvidence(kind, a, b, rarer, nativeA, nativeB, context, divergence, true, c);
  }

  /** The higher nativeness of the two words. */
  double nativeMax() {
    return Math.max(nativeA, nativeB);
  }

  /** Whether the words differ only by غ/ج. */
  boolean gOnly() {
    return Skeleton.gOnly(a, b);
  }

  /** Whether the words differ by one long vowel. */
  boolean oneVowel() {
    return Skeleton.oneVowel(a, b);
  }

  /** Consonants of the shorter word's skeleton ({@link Skeleton#consonants}). */
  int consonants() {
    return Skeleton.consonants(a, b);
  }

  /** Whether either word begins with the article ال. */
  boolean article() {
    return a.startsWith("ال") || b.startsWith("ال");
  }

  /** Whether either word begins with است (a form-X verb or its noun: استهدف / استهداف). */
  boolean formTen() {
    return a.startsWith("است") || b.startsWith("است");
  }
}
