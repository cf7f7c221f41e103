/**
 * fahras's Arabic analysis for Lucene: the filters, their SPI factories (by name, for {@code CustomAnalyzer}, Solr
 * and OpenSearch), the lexicon and word lists, and the chains the library indexes with.
 */
module org.fahras.analysis {
  requires transitive org.apache.lucene.core;
  requires transitive org.apache.lucene.analysis.common;

  exports org.fahras.analysis;

  provides org.apache.lucene.analysis.CharFilterFactory with
      org.fahras.analysis.ConnectorPunctuationCharFilterFactory;
  provides org.apache.lucene.analysis.TokenFilterFactory with
      org.fahras.analysis.ArabicNormalizationFilterFactory,
      org.fahras.analysis.ArabicStopFilterFactory,
      org.fahras.analysis.ArabicLightStemFilterFactory,
      org.fahras.analysis.LatinFoldingFilterFactory,
      org.fahras.analysis.FahrasFoldingFilterFactory,
      org.fahras.analysis.AlefMaksuraFilterFactory;
}
