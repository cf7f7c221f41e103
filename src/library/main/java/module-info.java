/**
 * fahras: Arabic-aware search of news articles and documentary descriptions, on Apache Lucene. The API is
 * {@code org.fahras.index} (the entry point, {@code ArticleIndex}), {@code org.fahras.document},
 * {@code org.fahras.search}, {@code org.fahras.ingest} and {@code org.fahras.eval}; the index schema and the
 * variant-spelling tables are internal.
 */
module org.fahras {
  requires transitive org.fahras.analysis;
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.queries;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.suggest;
  requires com.fasterxml.jackson.core;

  exports org.fahras.document;
  exports org.fahras.eval;
  exports org.fahras.index;
  exports org.fahras.ingest;
  exports org.fahras.search;
}
