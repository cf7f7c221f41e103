package org.fahras.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AlefMaksuraFilterFactory;
import org.fahras.analysis.ArabicLightStemFilterFactory;
import org.fahras.analysis.ArabicNormalizationFilterFactory;
import org.fahras.analysis.ConnectorPunctuationCharFilterFactory;
import org.fahras.analysis.FahrasFoldingFilterFactory;
import org.fahras.analysis.ArabicStopFilterFactory;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.LatinFoldingFilterFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * fahras's Arabic analysis as an OpenSearch analysis plugin. Token filters, under their Lucene SPI names:
 * {@value ArabicNormalizationFilterFactory#NAME}, {@value LatinFoldingFilterFactory#NAME},
 * {@value ArabicStopFilterFactory#NAME} and {@value ArabicLightStemFilterFactory#NAME} (parameter
 * {@code barePrepositions}), {@value FahrasFoldingFilterFactory#NAME} (the steps between the tokenizer and the
 * stemmer in one filter; parameters {@code stopwords}, {@code alefMaksura}) and {@value AlefMaksuraFilterFactory#NAME}
 * (the exact representation's last step: the ى the stemmer keeps). Char filter: {@value ConnectorPunctuationCharFilterFactory#NAME}
 * ({@code _} and the other connector punctuation read as spaces, so that hashtags give their words). Analyzers: {@value #STEMMED} (the searched, stemmed representation, the library's
 * {@code FahrasAnalyzer(FAHRAS)}) and {@value #EXACT} (normalized, unstemmed: {@code FahrasAnalyzer(NONE)}).
 */
public final class FahrasPlugin extends Plugin implements AnalysisPlugin {
  /** Name of the analyzer of the searched (stemmed) representation. */
  public static final String STEMMED = "fahras";
  /** Name of the analyzer of the exact (unstemmed) representation. */
  public static final String EXACT = "fahras_exact";

  /** Created by OpenSearch from plugin-descriptor.properties. */
  public FahrasPlugin() {}

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    Map<String, AnalysisProvider<TokenFilterFactory>> filters = new LinkedHashMap<>();
    filter(filters, ArabicNormalizationFilterFactory.NAME, ArabicNormalizationFilterFactory::new);
    filter(filters, LatinFoldingFilterFactory.NAME, LatinFoldingFilterFactory::new);
    filter(filters, ArabicStopFilterFactory.NAME, ArabicStopFilterFactory::new);
    filter(filters, ArabicLightStemFilterFactory.NAME, ArabicLightStemFilterFactory::new);
    filter(filters, FahrasFoldingFilterFactory.NAME, FahrasFoldingFilterFactory::new);
    filter(filters, AlefMaksuraFilterFactory.NAME, AlefMaksuraFilterFactory::new);
    return filters;
  }

  private static void filter(Map<String, AnalysisProvider<TokenFilterFactory>> filters, String name,
      Function<Map<String, String>, org.apache.lucene.analysis.TokenFilterFactory> lucene) {
    filters.put(name, (indexSettings, env, filterName, settings) ->
        new LuceneTokenFilterFactory(indexSettings, filterName, settings, lucene));
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    Map<String, AnalysisProvider<CharFilterFactory>> charFilters = new LinkedHashMap<>();
    charFilters.put(ConnectorPunctuationCharFilterFactory.NAME, (indexSettings, env, name, settings) ->
        new LuceneCharFilterFactory(indexSettings, name, settings, ConnectorPunctuationCharFilterFactory::new));
    return charFilters;
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
    analyzers.put(STEMMED, (indexSettings, env, name, settings) ->
        new FahrasAnalyzerProvider(indexSettings, name, settings, FahrasAnalyzer.Stemmer.FAHRAS));
    analyzers.put(EXACT, (indexSettings, env, name, settings) ->
        new FahrasAnalyzerProvider(indexSettings, name, settings, FahrasAnalyzer.Stemmer.NONE));
    return analyzers;
  }
}
