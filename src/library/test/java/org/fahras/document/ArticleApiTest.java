package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 26, points 6 and 8: nulls are named, and an article can be copied with changes. */
class ArticleApiTest {
  @Test
  void nullsAreRejectedWithTheParameterName() {
    assertEquals("tags", assertThrows(NullPointerException.class,
        () -> Article.builder("a").tags(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> PublishedDates.parse(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> Kind.parse(null)).getMessage());
    InvalidArticleException e = assertThrows(InvalidArticleException.class,
        () -> Article.builder("a").title("عنوان").tags(Arrays.asList("x", null)).build());
    assertEquals("tags", e.field());
  }

  @Test
  void toBuilderCopiesEveryFieldAndChangesOnlyWhatIsSet() {
    Article a = Article.builder("a1").title("عنوان").body("نص").summary("ملخص")
        .published(PublishedDates.parse("2018-03-01T02:28:00+04:00")).kind(Kind.DOCUMENTARY).source("BBC")
        .category("سياسة").url("https://example.org/a1").author("كاتب").tags(List.of("t1", "t2")).build();
    assertEquals(a, a.toBuilder().build());
    Article changed = a.toBuilder().title("عنوان آخر").build();
    assertNotEquals(a, changed);
    assertEquals("عنوان آخر", changed.title());
    assertEquals(a.body(), changed.body());
    assertEquals(a.published(), changed.published());
    assertEquals(a.tags(), changed.tags());
  }
}
