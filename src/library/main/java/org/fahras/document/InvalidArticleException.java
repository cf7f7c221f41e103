package org.fahras.document;

/**
 * An article (or a record meant to become one) is not valid: names the field and the reason, so that callers need
 * not parse the message. The message is {@code field "F": REASON}, or the reason alone when no single field is at
 * fault.
 */
public class InvalidArticleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String reason;

  /**
   * @param field the field at fault ({@code id}, {@code title}, {@code published} …), or null for the record as a
   *     whole
   * @param reason what is wrong with it
   */
  public InvalidArticleException(String field, String reason) {
    super(field == null ? reason : "field \"" + field + "\": " + reason);
    this.field = field;
    this.reason = java.util.Objects.requireNonNull(reason, "reason");
  }

  /** The field at fault, or null for the record as a whole. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field name. */
  public String reason() {
    return reason;
  }
}
