package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chain version 6: a name written with a final ى (ليلى, هدى) finds the articles that hold it, with or without
 * proclitics, and not those that hold another word the stemmer read as the name + a suffix (هدية "gift", ليلة
 * "night", ضحية "victim"). Where the other word folds to the name's letters (ليلي "nightly" is ليلى once ى → ي),
 * the exact field matched it at half weight until chain version 10, whose exact field keeps the name's ى too: the
 * other word's article is not found at all.
 */
class NameWithAlefMaksuraTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} finds {1}, not {2} (the same letters once ى is folded: {3})")
  @CsvSource(delimiter = '|', value = {
      "ليلى | قالت وليلى لم تحضر | أمضى ليلة في المدينة | false",
      "هدى | كتبت هدى رسالة طويلة | قدم هدية ثمينة | false",
      "هدى | وجدوا الهدى في الكتاب | قدم هديته الثمينة | false",
      "ضحى | وصلت ضحى إلى المدرسة | سقطت ضحية جديدة | false",
      "هدية | قدم هدية ثمينة | كتبت هدى رسالة طويلة | false",
      "ليلى | وصلت ليلى إلى المدينة | قصف ليلي على المدينة | true",
      "سلمى | فازت سلمى بالجائزة | مناخ سلمي في المنطقة | true",
      "منى | تحدثت منى عن الكتاب | لا يوجد أفضل مني | true",
      "يحيى | غنى يحيى في الحفل | المطرب يحيي حفلا | true",
      "بشرى | أعلنت بشرى فوزها | عظم بشري قديم | true",
      "ليلي | قصف ليلي على المدينة | وصلت ليلى إلى المدينة | true",
  })
  void aNameSearchFindsTheNameAlone(String query, String withName, String withOtherWord, boolean sameFoldedLetters)
      throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("i"), "fahras")) {
      index.add(Article.builder("name").body(withName).build());
      index.add(Article.builder("other").body(withOtherWord).build());
      index.add(Article.builder("unrelated").body("نص آخر عن موضوع مختلف تماما").build());
      index.commit();
      List<String> ids = index.search(SearchRequest.builder(query).plainText(true).build()).hits().stream()
          .map(SearchHit::id).toList();
      assertEquals(List.of("name"), ids, "folded alike: " + sameFoldedLetters);
    }
  }

  /** A prefix or a completion is normalized, ى folded; the exact fields keep it where the stem does. */
  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
      "ليلى* | وصلت ليلى إلى المدينة",
      "المستشفى* | نقل الى المستشفى امس",
      "المستشفي* | نقل الى المستشفى امس",
  })
  void aPrefixEndingInAlefMaksuraFindsTheWord(String query, String body) throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("i"), "fahras")) {
      index.add(Article.builder("word").title(body).body(body).build());
      index.add(Article.builder("unrelated").title("نص آخر").body("نص آخر عن موضوع مختلف تماما").build());
      index.commit();
      List<String> ids = index.search(SearchRequest.builder(query).build()).hits().stream()
          .map(SearchHit::id).toList();
      assertEquals(List.of("word"), ids);
      String typed = query.substring(0, query.length() - 1);
      assertEquals(List.of(body), index.autocomplete(typed, 5), "completing " + typed);
    }
  }
}
