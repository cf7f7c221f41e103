package org.fahras.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * The process {@link CrashRecoveryTest} kills: adds the articles of a file with a commit every 25, and prints
 * {@code COMMITTED n} after each completed commit (n = articles added so far), so the test knows which articles
 * were acknowledged as durable.
 */
public final class CrashIndexer {
  private CrashIndexer() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path input = Path.of(args[1]);
    try (ArticleIndex index = ArticleIndex.openOrCreate(dir, "fahras")) {
      int[] n = {0};
      ArticleReader.read(List.of(input), new ArticleReader.Handler() {
        @Override
        public void article(Article a, String file, long line) throws IOException {
          index.add(a);
          if (++n[0] % 25 == 0) {
            index.commit();
            System.out.println("COMMITTED " + n[0]);
            System.out.flush();
          }
        }

        @Override
        public void rejected(Rejection r) {
          throw new IllegalStateException(r.toString());
        }
      });
      index.commit();
      System.out.println("COMMITTED " + n[0]);
    }
    System.out.println("DONE");
    System.out.flush();
  }
}
