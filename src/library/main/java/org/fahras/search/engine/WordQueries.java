package org.fahras.search.engine;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;
import org.fahras.search.Ranking;

/**
 * The parts both the query parser ({@link FahrasQueryParser}, a query language word) and the query builder
 * ({@link ArticleQueries}, plain text) make a searched word of: its terms in the stemmed and exact fields, its variant
 * spellings, and the limits on a query's size. The builder uses the parser, and both use this: one direction.
 */
final class WordQueries {
  private WordQueries() {}

  /** Most analyzed terms taken from one query; the rest is dropped and the response says so. */
  static final int MAX_QUERY_TERMS = 128;

  /** Longest query text read, in chars; the rest is dropped and the response says so. */
  static final int MAX_QUERY_CHARS = 4096;

  /** Most phrases, prefixes, wildcards, fuzzy words and values per filter field one query may use (each). */
  static final int MAX_OPERATORS = 16;

  /** Most variant spellings searched for one query word. */
  static final int MAX_VARIANTS = 8;

  /**
   * One searched word's stemmed and exact terms as the first phase scores them: each field apart at
   * {@link Ranking#fieldsWeight()} (the exact terms at the exact weight times it); title and body as one text too
   * when the ranking has no second phase to score it in ({@link #oneTextInFirstPhase}).
   */
  static void addWord(BooleanQuery.Builder b, List<String> stemmed, List<String> exact, Ranking ranking) {
    if (ranking.fieldsWeight() > 0) {
      addTerms(b, stemmed, Fields.STEMMED, ranking.fieldsWeight());
      addTerms(b, exact, Fields.EXACT, ranking.fieldsWeight() * ranking.exactWeight());
    }
    if (oneTextInFirstPhase(ranking)) {
      addOneText(b, stemmed, ranking);
    }
  }

  /**
   * Whether the one-text score is part of the first phase: when the ranking has no second phase, or scores nothing
   * else (the first phase must match and rank the articles).
   */
  static boolean oneTextInFirstPhase(Ranking ranking) {
    return ranking.oneTextWeight() > 0 && (ranking.secondPhaseWindow() == 0 || ranking.fieldsWeight() == 0);
  }

  /**
   * Title and body scored as one text (BM25F, Lucene's {@code CombinedFieldQuery}), one clause per stemmed term, at
   * {@link Ranking#oneTextWeight()}. The exact terms are not scored so a second time: with them (at the exact weight)
   * the learned weights scored the same on the question sets (mean MRR@10 0.7865 against 0.7866) at twice the cost.
   */
  static void addOneText(BooleanQuery.Builder b, List<String> stemmed, Ranking ranking) {
    for (String t : stemmed) {
      CombinedFieldQuery.Builder q = new CombinedFieldQuery.Builder(t);
      for (String f : Fields.STEMMED) {
        q.addField(f);
      }
      b.add(boosted(q.build(), ranking.oneTextWeight()), Occur.SHOULD);
    }
  }

  static void addTerms(BooleanQuery.Builder b, List<String> terms, String[] fields, float weight) {
    for (String t : terms) {
      for (String f : fields) {
        b.add(boosted(term(f, t), weight), Occur.SHOULD);
      }
    }
  }

  /**
   * The ranking's variant spellings of {@code exact} terms, searched as the typed word is (stemmed fields at the
   * variant weight, exact fields at the variant weight times the exact weight), so that a variant written with a
   * clitic (لترمب) is found as the typed word would be. A word the table does not hold is looked up without its
   * proclitics ({@link #PROCLITICS}): وترمب gets the variants of ترمب, ترامب searched in the stemmed fields (every
   * article that writes ترامب, with or without a clitic) and وترامب in the exact ones.
   */
  static void addVariants(BooleanQuery.Builder b, AnalysisChain chain, List<String> exact, Ranking ranking,
      Set<String> also) {
    if (ranking.variants().equals(Ranking.NO_VARIANTS)) {
      return;
    }
    for (String t : exact) {
      String proclitic = "";
      // an exact term keeps the ى of a word that keeps it (ليلى): looked up as it is, then folded ى → ي, as the
      // tables built before chain version 10 hold it
      String folded = t.endsWith("ى") ? t.substring(0, t.length() - 1) + "ي" : t;
      List<String> spellings = ranking.variants().spellings(t);
      if (spellings.isEmpty() && !folded.equals(t)) {
        spellings = ranking.variants().spellings(folded);
      }
      for (String key : folded.equals(t) ? List.of(t) : List.of(t, folded)) {
        for (String p : PROCLITICS) {
          if (!spellings.isEmpty()) {
            break;
          }
          if (key.length() - p.length() >= MIN_VARIANT_WORD && key.startsWith(p)) {
            List<String> bare = ranking.variants().spellings(key.substring(p.length()));
            if (!bare.isEmpty()) {
              proclitic = p;
              spellings = bare;
            }
          }
        }
      }
      int n = 0;
      for (String v : spellings) {
        String written = proclitic + v; // the variant as the word was typed, proclitics and all
        if (v == null || v.isEmpty() || written.equals(t) || exact.contains(written) || exact.contains(v)
            || n >= MAX_VARIANTS) {
          continue;
        }
        for (String stem : Tokens.terms(chain.stemmed(), Schema.TITLE, v, 4)) {
          for (String f : Fields.STEMMED) {
            b.add(new BoostQuery(term(f, stem), ranking.variantWeight()), Occur.SHOULD);
          }
        }
        for (String f : Fields.EXACT) {
          b.add(new BoostQuery(term(f, written),
              ranking.variantWeight() * ranking.exactWeight()), Occur.SHOULD);
        }
        also.add(written);
        n++;
      }
    }
  }

  /**
   * The proclitics a query word is looked up without when the variant table does not hold it, shortest first (a
   * name that begins like a proclitic, بوتين, is tried whole before وتين): the conjunctions و ف, the prepositions
   * ب ك ل, their stacks, and the article with the proclitics before it, as the fahras stemmer strips them
   * ({@code ArabicLightStemmer}); in the normalized spelling of the exact fields.
   */
  static final List<String> PROCLITICS = List.of("و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل", "ال",
      "لل", "وال", "فال", "بال", "كال", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال");

  /** Shortest word (chars) looked up in the variant table once its proclitics are taken off. */
  static final int MIN_VARIANT_WORD = 3;

  static Query boosted(Query q, float weight) {
    return weight == 1f ? q : new BoostQuery(q, weight);
  }

  static Query term(String field, String term) {
    return new TermQuery(new Term(field, term));
  }
}
