/**
 * What to search for and what comes back: {@link org.fahras.search.SearchRequest} (query language, filters,
 * sort, paging, {@link org.fahras.search.Ranking}), {@link org.fahras.search.SearchResponse} and
 * {@link org.fahras.search.SearchHit}, and {@link org.fahras.search.InvalidCursorException}. Searches run through
 * {@code org.fahras.index.ArticleIndex}. These are final classes with builders rather than records, so that a field
 * can be added without breaking compiled callers; the engine that runs searches is internal (the package
 * {@code org.fahras.search.engine}, which the module does not export).
 */
package org.fahras.search;
