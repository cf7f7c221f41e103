package org.fahras.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.junit.jupiter.api.Test;

/** The hit fields' doc value gives back every field as the article wrote it. */
class HitFieldsTest {
  private static HitFields.Values roundTrip(Article a) {
    BytesRef written = HitFields.encode(a);
    // at an offset inside a larger array, as a doc value may be handed out
    byte[] padded = new byte[written.length + 7];
    System.arraycopy(written.bytes, written.offset, padded, 3, written.length);
    return HitFields.decode(new BytesRef(padded, 3, written.length));
  }

  @Test
  void everyFieldRoundTripsIncludingArabicAndSeveralTags() {
    Article a = Article.builder("AL-culture-1-20180218").title("هكذا تحالفت أحلام وإليسا ضد عاصي وحماقي بـ\"ذا فويس\"")
        .body("نص طويل لا يدخل الحقل").summary("ملخّص: المكتبةُ الوطنيّة 😀").source("BBC عربي").category("ثقافة وفنون")
        .tags(List.of("مكتبات", "Culture", "مكتبات ", "#عاصي_الحلاني")).url("https://example.org/مقال?id=1&x=ي")
        .author("محمد بن سلمان").kind(Kind.DOCUMENTARY)
        .published(OffsetDateTime.parse("2018-02-18T23:59:58.123456789+05:45")).build();
    HitFields.Values v = roundTrip(a);
    assertEquals(a.id(), v.id());
    assertEquals(a.title(), v.title());
    assertEquals(a.published(), v.published());
    assertEquals(a.published().getOffset(), v.published().getOffset());
    assertEquals(a.kind(), v.kind());
    assertEquals(a.source(), v.source());
    assertEquals(a.category(), v.category());
    assertEquals(a.tags(), v.tags());
    assertEquals(a.url(), v.url());
    assertEquals(a.author(), v.author());
    assertEquals(a.summary(), v.summary());
  }

  @Test
  void absentFieldsStayNull() {
    HitFields.Values v = roundTrip(Article.builder("x").body("نص").build());
    assertEquals("x", v.id());
    assertNull(v.title());
    assertNull(v.published());
    assertEquals(Kind.NEWS, v.kind());
    assertNull(v.source());
    assertNull(v.category());
    assertEquals(List.of(), v.tags());
    assertNull(v.url());
    assertNull(v.author());
    assertNull(v.summary());
  }

  @Test
  void datesKeepTheirOwnOffsetBeforeTheEpochToo() {
    for (String d : new String[] {"1969-12-31T23:59:59-12:00", "2018-04-02T00:00Z", "2024-02-29T12:30:15+14:00",
        "0001-01-01T00:00Z", "2018-04-02T10:00:00.5+03:00"}) {
      OffsetDateTime p = OffsetDateTime.parse(d);
      HitFields.Values v = roundTrip(Article.builder("d").title("t").published(p).build());
      assertEquals(p, v.published(), d);
      assertEquals(OffsetDateTime.parse(p.toString()), v.published(), d); // as the stored ISO text read back
      assertEquals("t", v.title());
    }
  }
}
