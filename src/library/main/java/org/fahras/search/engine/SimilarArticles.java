package org.fahras.search.engine;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;

/** More like this: Lucene's MoreLikeThis over the stemmed title and body of one article. */
final class SimilarArticles {
  private SimilarArticles() {}

  /**
   * The query for articles like the one with {@code id}, the article itself left out; null when the searcher holds
   * no article with that id.
   */
  static Query like(IndexSearcher searcher, AnalysisChain chain, String id) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return null;
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(chain.stemmed());
    mlt.setFieldNames(Fields.STEMMED);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(25);
    return new BooleanQuery.Builder()
        .add(mlt.like(found.scoreDocs[0].doc), Occur.MUST)
        .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
        .build();
  }

  /** Share of the more-like-this terms an article must hold when similar articles are sorted by date. */
  static final float FLOOR = 0.3f;

  /**
   * {@code like} keeping only articles that share at least {@value #FLOOR} of its terms (at least two): sorted by
   * date, similarity no longer orders the results, so articles that share a word or two must not fill them.
   */
  static Query floor(Query like) {
    if (!(like instanceof BooleanQuery outer)) {
      return like;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (org.apache.lucene.search.BooleanClause c : outer.clauses()) {
      if (c.occur() == Occur.MUST && c.query() instanceof BooleanQuery terms
          && terms.clauses().stream().allMatch(t -> t.occur() == Occur.SHOULD)) {
        int n = terms.clauses().size();
        BooleanQuery.Builder t = new BooleanQuery.Builder()
            .setMinimumNumberShouldMatch(Math.min(n, Math.max(2, (int) Math.ceil(FLOOR * n))));
        terms.clauses().forEach(t::add);
        b.add(t.build(), Occur.MUST);
      } else {
        b.add(c);
      }
    }
    return b.build();
  }
}
