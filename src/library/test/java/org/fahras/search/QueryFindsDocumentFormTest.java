package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For each clitic combination and each normalization: an article written one way is found by a query written
 * another way, with the fahras chain, and (where stock misses it) not with Lucene's stock analyzer.
 */
class QueryFindsDocumentFormTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: {1} finds {2}")
  @CsvSource(delimiter = '|', value = {
      // clitics
      "و+ب+ال | الكتاب | وبالكتاب | true",
      "ف+ب+ال | القلم | فبالقلم | true",
      "و+ك+ال | السيارة | وكالسيارة | true",
      "ف+لل | المدينة | فللمدينة | true",
      "و+لل | للمدرسة | وللمدرسة | true",
      "ك+ال | العادة | كالعادة | false",
      "bare ب | مدينة | بمدينة | true",
      "bare ل | لمهرجان | مهرجان | true",
      "bare ب on a pronoun form | مدينتهم | بمدينتهم | true",
      "pronoun هم | كتاب | كتابهم | true",
      "pronoun نا | بلاد | بلادنا | true",
      "pronoun ها after ة | مكتبة | مكتبتها | true",
      "pronoun ه after ة (chain version 5) | الحكومة | حكومته | true",
      "لل + a two-letter noun (chain version 5) | الحد | للحد | false",
      "لل + a word without the article (chain version 5) | لندن | للندن | true",
      "ل + a name in أل (chain version 5) | ألمانيا | لألمانيا | true",
      "plural ات | المعلمات | معلمة | false",
      "plural ون/ين | المسلمون | المسلمين | false",
      // normalization
      "harakat | الكتاب | الْكِتَابُ | false",
      "shadda and dagger alef | هذا الرحمن | هٰذَا الرَّحْمَٰنِ | false",
      "tatweel | سوق | ســـــوق | false",
      "Quranic marks | قال | قا\u06D6ل | false",
      "alef hamza above | احمد | أحمد | false",
      "alef hamza below | اسلام | إسلام | false",
      "alef madda | امال | آمال | false",
      "alef wasla | الله | ٱلله | false",
      "alef maksura | مستشفي | مستشفى | false",
      "Farsi yeh | يوم | یوم | true",
      "keheh | كتاب | کتاب | true",
      "heh goal | هدية | ہدیہ | true",
      "teh marbuta | مدرسه | مدرسة | false",
      "hamza on waw / yeh | مسؤول | مسئول | true",
      "presentation forms | مؤتمر | ﻣﺆﺗﻤﺮ | true",
      "lam-alef ligature | لاعب | ﻻﻋﺐ | true",
      "Arabic-Indic digits | 2018 | ٢٠١٨ | false",
      "Extended Arabic-Indic digits | 1999 | ۱۹۹۹ | false",
      "bidi marks | المهرجان | \u200fالمهرجان\u200f | true",
      "zero-width joiner | عربي | عر\u200dبي | true",
      "Latin accents | emile | Émile | true",
      // connector punctuation (chain version 3)
      "hashtag, second word | ترمب | #دونالد_ترمب | true",
      "hashtag, first word | دونالد | #دونالد_ترمب | true",
      "fullwidth low line | ترمب | دونالد＿ترمب | true",
  })
  void queryFindsTheDocumentForm(String what, String query, String documentForm, boolean stockMisses)
      throws IOException {
    assertEquals(List.of("d"), search("fahras", query, documentForm), what);
    if (stockMisses) {
      assertEquals(List.of(), search("stock", query, documentForm), what + " (stock)");
    }
  }

  @Test
  void highlightMarksTheWordInsideAHashtag() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("h"), "fahras")) {
      index.add(Article.builder("d").body("نص فيه #دونالد_ترمب وكلمات أخرى").build());
      index.commit();
      SearchHit hit = index.search(SearchRequest.builder("ترمب").highlight(true).build()).hits().get(0);
      assertTrue(hit.snippet().contains("#دونالد_<mark>ترمب</mark>"), hit.snippet());
    }
  }

  List<String> search(String analyzer, String query, String documentForm) throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir.resolve(analyzer), analyzer)) {
      index.add(Article.builder("d").body("نص فيه " + documentForm + " وكلمات أخرى").build());
      index.add(Article.builder("other").body("نص آخر عن موضوع مختلف تماما").build());
      index.commit();
      return index.search(SearchRequest.builder(query).plainText(true).build()).hits().stream()
          .map(SearchHit::id).toList();
    }
  }
}
