package org.fahras.search;

import java.time.OffsetDateTime;

/**
 * One ranked result.
 *
 * @param id article id
 * @param title title as stored, or null
 * @param published publication date-time, or null
 * @param source source as stored, or null
 * @param kind {@code news} or {@code documentary}
 * @param score relevance score (higher is better; comparable only within one response)
 * @param snippet highlighted excerpt with matches in {@code <mark>…</mark>}, or null when not asked for
 * @param explanation why the hit scored what it did, when asked for; else null
 */
public record SearchHit(String id, String title, OffsetDateTime published, String source, String kind, float score,
    String snippet, String explanation) {}
