package org.fahras.opensearch;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;

/**
 * An OpenSearch char filter made by one of fahras's Lucene factories: as {@link LuceneTokenFilterFactory}, the
 * filter's settings (but OpenSearch's own keys) become the factory's parameters.
 */
final class LuceneCharFilterFactory extends AbstractCharFilterFactory {
  private final org.apache.lucene.analysis.CharFilterFactory lucene;

  LuceneCharFilterFactory(IndexSettings indexSettings, String name, Settings settings,
      Function<Map<String, String>, org.apache.lucene.analysis.CharFilterFactory> factory) {
    super(indexSettings, name);
    Map<String, String> args = new HashMap<>();
    for (String key : settings.keySet()) {
      if (!FahrasAnalyzerProvider.isOpenSearchKey(key)) {
        args.put(key, settings.get(key));
      }
    }
    try {
      lucene = factory.apply(args);
    } catch (IllegalArgumentException e) {
      // Lucene's message names the parameter; say which char filter it was given to.
      throw new IllegalArgumentException("char filter [" + name + "]: " + e.getMessage(), e);
    }
  }

  @Override
  public Reader create(Reader reader) {
    return lucene.create(reader);
  }

  /** Prefix, wildcard and fuzzy terms: as Lucene's factory normalizes them. */
  @Override
  public Reader normalize(Reader reader) {
    return lucene.normalize(reader);
  }
}
