package org.fahras.variants;

import java.util.List;
import org.fahras.document.Article;

/** The two-newsroom corpus of {@link VariantDiscoveryTest}, for tests in other packages. */
public final class VariantDiscoveryTestCorpus {
  private VariantDiscoveryTestCorpus() {}

  /** The articles. */
  public static List<Article> articles() {
    return VariantDiscoveryTest.corpus();
  }
}
