package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Article validation names the field and the reason as data, not only in the message. */
class InvalidArticleExceptionTest {
  @Test
  void fieldAndReason() {
    InvalidArticleException e = assertThrows(InvalidArticleException.class,
        () -> Article.builder(" ").title("t").build());
    assertEquals("id", e.field());
    assertEquals("missing or blank", e.reason());
    assertEquals("field \"id\": missing or blank", e.getMessage());
    InvalidArticleException long_ = assertThrows(InvalidArticleException.class,
        () -> Article.builder("a").title("t").source("s".repeat(Article.MAX_KEYWORD_LENGTH + 1)).build());
    assertEquals("source", long_.field());
    InvalidArticleException empty = assertThrows(InvalidArticleException.class, () -> Article.builder("a").build());
    assertNull(empty.field());
  }
}
