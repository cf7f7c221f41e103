package org.fahras.search;

import java.time.OffsetDateTime;
import java.util.List;
import org.fahras.document.Kind;

/**
 * One ranked result, with every stored field of the article but its body.
 *
 * @param id article id
 * @param title title as stored, or null
 * @param published publication date-time, or null
 * @param source source as stored, or null
 * @param kind news or documentary
 * @param category category as stored, or null
 * @param tags tags as stored (empty when none)
 * @param url url, or null
 * @param author author, or null
 * @param summary summary, or null
 * @param score relevance score (higher is better; comparable only within one response)
 * @param snippet highlighted excerpt with matches in {@code <mark>…</mark>}, the rest HTML-escaped unless raw
 *     snippets were asked for; null when not asked for or nothing matched in title or body
 * @param explanation why the hit scored what it did, when asked for; else null
 */
public record SearchHit(String id, String title, OffsetDateTime published, String source, Kind kind,
    String category, List<String> tags, String url, String author, String summary, float score, String snippet,
    String explanation) {
  /** Copies the tags. */
  public SearchHit {
    tags = List.copyOf(tags);
  }
}
