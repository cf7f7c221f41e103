package org.fahras.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.fahras.variants.VariantTable;

/**
 * The variant spellings an index searches ({@link org.fahras.search.Ranking#INDEX_VARIANTS}): the table built for
 * it ({@code fahras variants --index DIR} writes {@value ArticleIndex#VARIANT_TABLE_FILE} into the index folder) or
 * else the bundled one.
 * Loaded on the first search that asks, so opening an index costs nothing when variants are off.
 */
final class IndexVariants implements Function<String, List<String>> {
  private final Path dir;
  private volatile VariantTable table;

  IndexVariants(Path dir) {
    this.dir = dir;
  }

  @Override
  public List<String> apply(String word) {
    return table().variantsOf(word);
  }

  private VariantTable table() {
    VariantTable t = table;
    if (t == null) {
      synchronized (this) {
        t = table;
        if (t == null) {
          Path own = dir.resolve(ArticleIndex.VARIANT_TABLE_FILE);
          try {
            t = Files.isRegularFile(own) ? VariantTable.read(own) : VariantTable.bundled();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's variant table " + own, e);
          }
          table = t;
        }
      }
    }
    return t;
  }
}
