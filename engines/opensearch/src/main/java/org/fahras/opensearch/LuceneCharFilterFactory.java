package org.fahras.opensearch;

import java.io.Reader;
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
    lucene = LuceneTokenFilterFactory.luceneFactory("char filter", name, settings, factory);
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
