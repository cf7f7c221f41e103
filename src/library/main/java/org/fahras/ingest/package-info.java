/**
 * Reading articles from files: JSON Lines and plain-text articles, gzip, folders
 * ({@link org.fahras.ingest.ArticleReader}); a record that cannot become an article is a
 * {@link org.fahras.ingest.Rejection} naming file, line, field and reason.
 */
package org.fahras.ingest;
