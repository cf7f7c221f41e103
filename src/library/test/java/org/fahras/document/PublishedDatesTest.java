package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written forms of a publication date (issue 25): Arabic-Indic and Persian digits, direction marks. */
class PublishedDatesTest {
  static final OffsetDateTime DAY = OffsetDateTime.parse("2018-07-15T00:00:00Z");

  @Test
  void arabicIndicDigitsReadAsAsciiOnes() {
    assertEquals(DAY, PublishedDates.parse("١٥/٠٧/٢٠١٨"));
    assertEquals(DAY, PublishedDates.parse("٢٠١٨-٠٧-١٥"));
    assertEquals(OffsetDateTime.parse("2018-07-15T21:56:56+04:00"), PublishedDates.parse("٢٠١٨-٠٧-١٥T٢١:٥٦:٥٦+٠٤:٠٠"));
    assertEquals(OffsetDateTime.parse("2018-07-15T21:56:56+04:00"),
        PublishedDates.parse("Sun, ١٥ Jul ٢٠١٨ ٢١:٥٦:٥٦ +٠٤٠٠"));
  }

  @Test
  void persianDigitsAndMixedDigitsReadToo() {
    assertEquals(DAY, PublishedDates.parse("۱۵/۰۷/۲۰۱۸"));
    assertEquals(DAY, PublishedDates.parse("۲۰۱۸-۰۷-۱۵"));
    assertEquals(DAY, PublishedDates.parse("15/٠٧/۲۰۱۸"));
  }

  @Test
  void directionMarksAroundTheDateAreIgnored() {
    assertEquals(DAY, PublishedDates.parse("\u200F١٥/٠٧/٢٠١٨\u200F"));
    assertEquals(DAY, PublishedDates.parse("\u061C2018-07-15\u200E"));
  }

  @Test
  void parsingStaysStrictWhateverTheDigits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublishedDates.parse("٣١/٠٢/٢٠١٨"));
    assertTrue(e.getMessage().startsWith("cannot parse \"٣١/٠٢/٢٠١٨\""), e.getMessage()); // as it was written
    assertThrows(IllegalArgumentException.class, () -> PublishedDates.parse("١٥-٠٧-٢٠١٨"));
    assertThrows(IllegalArgumentException.class, () -> PublishedDates.parse("١٥/٧/٢٠١٨"));
  }

  @Test
  void ingestAcceptsArabicIndicDates(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("a.jsonl");
    Files.writeString(jsonl, """
        {"id": "a", "title": "خبر", "body": "نص الخبر", "published": "١٥/٠٧/٢٠١٨"}
        {"id": "b", "title": "خبر", "body": "نص الخبر", "published": "۲۰۱۸-۰۷-۱۵"}
        """, StandardCharsets.UTF_8);
    Path text = dir.resolve("c.txt");
    Files.writeString(text, "عنوان الخبر\n\n١٥/٠٧/٢٠١٨\nنص الخبر\n", StandardCharsets.UTF_8);
    List<Article> read = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ArticleReader.read(List.of(jsonl, text), new ArticleReader.Handler() {
      @Override
      public void article(Article article, String file, long line) {
        read.add(article);
      }

      @Override
      public void rejected(Rejection r) {
        rejected.add(r);
      }
    });
    assertEquals(List.of(), rejected);
    assertEquals(3, read.size(), read.toString());
    for (Article a : read) {
      assertEquals(DAY, a.published(), a.id());
    }
  }
}
