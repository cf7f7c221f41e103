/**
 * The search engine behind {@code org.fahras.index.ArticleIndex}: query language and parsing, query building,
 * paging and cursors, facets, snippets, suggestions and more-like-this. Internal: the module does not export it,
 * and only its entry point, {@link org.fahras.search.engine.ArticleSearcher}, is public.
 */
package org.fahras.search.engine;
