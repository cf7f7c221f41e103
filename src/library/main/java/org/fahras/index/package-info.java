/**
 * The on-disk article index, the library's entry point: {@link org.fahras.index.ArticleIndex} (create, open,
 * add, commit, search), {@link org.fahras.index.Indexer} (ingest files with rejection accounting),
 * {@link org.fahras.index.ArticleAnalyzer}, and the typed failures {@link org.fahras.index.IndexLockedException}
 * and {@link org.fahras.index.IndexMismatchException}.
 */
package org.fahras.index;
