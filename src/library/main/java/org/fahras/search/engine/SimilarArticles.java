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
}
