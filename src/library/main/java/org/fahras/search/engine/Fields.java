package org.fahras.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;

/** Which fields and analyzers a search uses for a chain. */
final class Fields {
  static final String[] STEMMED = {Schema.TITLE, Schema.BODY};
  static final String[] EXACT = {Schema.TITLE_EXACT, Schema.BODY_EXACT};

  private Fields() {}

  /** Whether {@code field} is one of the {@link #EXACT} fields. */
  static boolean isExact(String field) {
    return field.equals(EXACT[0]) || field.equals(EXACT[1]);
  }

  /** Whether {@code field} is one of the {@link #STEMMED} or {@link #EXACT} fields: title or body, either form. */
  static boolean isText(String field) {
    return field.equals(STEMMED[0]) || field.equals(STEMMED[1]) || isExact(field);
  }

  /**
   * The analyzer of the words as written (normalized, unstemmed): the exact representation, or the searched one
   * for chains without it. Phrases, prefixes, wildcards, fuzzy words, suggestions and autocomplete work on these.
   */
  static Analyzer wordFormAnalyzer(AnalysisChain chain) {
    return chain.hasExact() ? chain.exact() : chain.stemmed();
  }

  /** The title and body fields of {@link #wordFormAnalyzer}, in that order. */
  static String[] wordFormFields(AnalysisChain chain) {
    return chain.hasExact() ? EXACT : STEMMED;
  }
}
