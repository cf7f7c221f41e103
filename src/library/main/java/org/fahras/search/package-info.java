/**
 * What to search for and what comes back: {@link org.fahras.search.SearchRequest} (query language, filters,
 * sort, paging, {@link org.fahras.search.Ranking}), {@link org.fahras.search.SearchResponse} and
 * {@link org.fahras.search.SearchHit}. Searches run through {@code org.fahras.index.ArticleIndex};
 * {@link org.fahras.search.ArticleSearcher} is the engine it uses, not meant to be called directly.
 */
package org.fahras.search;
