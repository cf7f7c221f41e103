package org.fahras.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Parses the publication dates fahras accepts: ISO-8601 date ({@code 2018-07-15}), ISO-8601 date-time with offset
 * ({@code 2018-07-15T21:56:56+04:00}), {@code dd/MM/yyyy} ({@code 15/07/2018}) and RFC 1123
 * ({@code Sun, 15 Jul 2018 21:56:56 +0400}). A date without time is midnight UTC of that day. Parsing is strict:
 * {@code 31/02/2018} is an error, not the 3rd of March.
 */
public final class PublishedDates {
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_OFFSET =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  private PublishedDates() {}

  /**
   * Parses {@code text} in one of the accepted formats.
   *
   * @throws IllegalArgumentException {@code cannot parse "TEXT"} with the accepted formats, when none fits
   */
  public static OffsetDateTime parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String t = westernDigits(text).strip();
    try {
      if (t.length() == 10 && t.charAt(2) == '/' && t.charAt(5) == '/') {
        return LocalDate.parse(t, DAY_MONTH_YEAR).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      if (t.length() == 10 && t.charAt(4) == '-') {
        return LocalDate.parse(t, ISO_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
        return OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
      }
      return OffsetDateTime.parse(t, ISO_OFFSET);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "cannot parse \"" + text + "\" (accepted: 2018-07-15, 2018-07-15T21:56:56+04:00, 15/07/2018, "
              + "Sun, 15 Jul 2018 21:56:56 +0400; digits ASCII, Arabic-Indic or Persian)");
    }
  }

  /** {@code text} with Arabic-Indic and Extended Arabic-Indic digits as ASCII ones, and without direction marks. */
  private static String westernDigits(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
      boolean mark = c == '\u200E' || c == '\u200F' || c == '\u061C';
      if (digit || mark) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (digit) {
          b.append((char) ('0' + Character.digit(c, 10)));
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
