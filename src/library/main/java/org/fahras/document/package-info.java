/**
 * Articles as fahras indexes them: {@link org.fahras.document.Article} (immutable, with a builder),
 * {@link org.fahras.document.Kind}, the accepted publication-date formats ({@link org.fahras.document.PublishedDates})
 * and {@link org.fahras.document.InvalidArticleException}.
 */
package org.fahras.document;
