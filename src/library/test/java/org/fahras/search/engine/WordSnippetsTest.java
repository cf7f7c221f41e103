package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;
import org.fahras.search.Ranking;
import org.fahras.testdata.AntIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Snippets of a query of words are read with the stemmed analyzer alone where its stems cover its exact terms
 * ({@link Snippets#analyzer}): on ANT v2.1 the analyzer chosen must mark exactly the words of a text that the stacked
 * exact-and-stemmed analyzer marks (which passages a snippet shows may differ: the stacked analyzer counts a word
 * matched in both forms twice when it scores passages). Skipped when ../shared/data is absent.
 */
@Tag("data")
class WordSnippetsTest {
  static final AnalysisChain CHAIN = AnalysisChain.forName("fahras");

  @Test
  void wordQueriesMarkWhatTheStackedAnalyzerMarks() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(AntIndex.path()))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Random random = new Random(23);
      int compared = 0;
      int marked = 0;
      int stemmedOnly = 0;
      int searches = 0;
      for (int i = 0; i < 300; i++) {
        String title = reader.storedFields().document(random.nextInt(reader.maxDoc())).get(Schema.TITLE);
        String[] words = title == null ? new String[0] : title.split("\\s+");
        if (words.length < 2) {
          continue;
        }
        int s = random.nextInt(words.length - 1);
        String text = words[s] + " " + words[s + 1];
        for (Ranking ranking : List.of(Ranking.parse("no-variants"), Ranking.parse("variants=on"))) {
          Query ranked = ArticleQueries.plain(CHAIN, text, ranking, new ArrayList<>()).query();
          Query highlighted = ArticleQueries.withoutProximity(ranked);
          assertTrue(Snippets.wordsOnly(highlighted), text + ": " + highlighted);
          org.apache.lucene.analysis.Analyzer chosen = Snippets.analyzer(CHAIN, highlighted);
          stemmedOnly += chosen != CHAIN.highlight() ? 1 : 0;
          searches++;
          ScoreDoc[] docs = searcher.search(ranked, 10).scoreDocs;
          int[] ids = new int[docs.length];
          for (int d = 0; d < docs.length; d++) {
            ids[d] = docs[d].doc;
          }
          // every match of the whole body and title, by each analyzer
          String[] fields = {Schema.BODY, Schema.TITLE};
          var stemmed = whole(searcher, chosen).highlightFields(fields, highlighted, ids, new int[] {1, 1});
          var stacked = whole(searcher, CHAIN.highlight()).highlightFields(fields, highlighted, ids, new int[] {1, 1});
          if (chosen != CHAIN.highlight()) {
            chosen.close();
          }
          for (String f : fields) {
            for (int d = 0; d < docs.length; d++) {
              assertEquals(stacked.get(f)[d], stemmed.get(f)[d], text + ", " + f + " of doc " + docs[d].doc);
            }
          }
          Snippets.Snippet[] snippets = Snippets.of(searcher, CHAIN, ranked, docs, false);
          for (int d = 0; d < docs.length; d++) {
            marked += snippets[d] != null && snippets[d].text().contains("<mark>") ? 1 : 0;
          }
          compared += docs.length;
        }
      }
      System.out.println("ANT snippets: " + stemmedOnly + " of " + searches + " word searches read stems alone; "
          + marked + " of " + compared + " snippets mark a word");
      assertTrue(compared > 2000, "too few hits compared: " + compared);
      // the stemmed terms alone serve most searches (not those with a word such as القوي: القوى is its stem)
      assertTrue(stemmedOnly > searches * 8 / 10, stemmedOnly + " of " + searches + " searches read stems alone");
      assertTrue(marked > compared * 9 / 10, marked + " of " + compared + " snippets mark a word");
    }
  }

  /** A highlighter that marks every match of a field's whole text (one passage: the text). */
  private static UnifiedHighlighter whole(IndexSearcher searcher, org.apache.lucene.analysis.Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer).withBreakIterator(WholeBreakIterator::new)
        .withFieldMatcher(f -> true).withMaxLength(Snippets.MAX_HIGHLIGHT_CHARS).build();
  }

  @Test
  void phrasesAndPrefixesKeepTheStackedAnalyzer() {
    assertFalse(Snippets.wordsOnly(new PhraseQuery(Schema.BODY_EXACT, "البيت", "الابيض")));
    assertFalse(Snippets.wordsOnly(new org.apache.lucene.search.PrefixQuery(
        new org.apache.lucene.index.Term(Schema.BODY_EXACT, "البي"))));
    // proximity pairs in one phase are phrases: left out of highlighting, after which the words remain
    Query onePhase = ArticleQueries.plain(CHAIN, "البيت الأبيض", Ranking.parse("window=0"), new ArrayList<>()).query();
    assertFalse(Snippets.wordsOnly(onePhase));
    assertTrue(Snippets.wordsOnly(ArticleQueries.withoutProximity(onePhase)));
  }
}
