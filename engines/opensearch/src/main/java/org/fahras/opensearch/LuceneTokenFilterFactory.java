package org.fahras.opensearch;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * An OpenSearch token filter made by one of fahras's Lucene factories: the filter's settings (but OpenSearch's own keys)
 * become the factory's parameters, so OpenSearch and Lucene's CustomAnalyzer accept, and reject, the same ones.
 */
final class LuceneTokenFilterFactory extends AbstractTokenFilterFactory {
  private final org.apache.lucene.analysis.TokenFilterFactory lucene;

  LuceneTokenFilterFactory(IndexSettings indexSettings, String name, Settings settings,
      Function<Map<String, String>, org.apache.lucene.analysis.TokenFilterFactory> factory) {
    super(indexSettings, name, settings);
    lucene = luceneFactory("token filter", name, settings, factory);
  }

  /**
   * The Lucene factory {@code factory} makes of {@code settings} (all but OpenSearch's own keys), for the
   * {@code kind} (token filter, char filter) called {@code name}; a parameter Lucene rejects is reported with it.
   */
  static <F> F luceneFactory(String kind, String name, Settings settings, Function<Map<String, String>, F> factory) {
    Map<String, String> args = new HashMap<>();
    for (String key : settings.keySet()) {
      if (!FahrasAnalyzerProvider.isOpenSearchKey(key)) {
        args.put(key, settings.get(key));
      }
    }
    try {
      return factory.apply(args);
    } catch (IllegalArgumentException e) {
      // Lucene's message names the parameter; say which filter it was given to.
      throw new IllegalArgumentException(kind + " [" + name + "]: " + e.getMessage(), e);
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return lucene.create(input);
  }

  /** Prefix, wildcard and fuzzy terms get this filter's folding when it has one (Lucene's normalize). */
  @Override
  public TokenStream normalize(TokenStream input) {
    return lucene.normalize(input);
  }
}
