package org.fahras.opensearch;

import org.fahras.analysis.FahrasAnalyzer;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** The library's own chain as a named OpenSearch analyzer; it takes no settings. */
final class FahrasAnalyzerProvider extends AbstractIndexAnalyzerProvider<FahrasAnalyzer> {
  private final FahrasAnalyzer analyzer;

  FahrasAnalyzerProvider(IndexSettings indexSettings, String name, Settings settings,
      FahrasAnalyzer.Stemmer stemmer) {
    super(indexSettings, name, settings);
    for (String key : settings.keySet()) {
      if (!isOpenSearchKey(key)) {
        throw new IllegalArgumentException("analyzer [" + name + "]: unknown setting [" + key
            + "]; the fahras analyzers take none (build a custom analyzer from the fahras token filters instead)");
      }
    }
    analyzer = new FahrasAnalyzer(stemmer);
  }

  /**
   * Keys OpenSearch itself puts among an analysis component's settings: {@code type}, and the index's creation
   * version, which it adds when it builds a component that the index settings do not name.
   */
  static boolean isOpenSearchKey(String key) {
    return key.equals("type") || key.equals(IndexMetadata.SETTING_VERSION_CREATED);
  }

  @Override
  public FahrasAnalyzer get() {
    return analyzer;
  }
}
