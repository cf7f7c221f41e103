package org.fahras.ingest;

/**
 * A record that could not be ingested, and where it is.
 *
 * @param file the file, as given on the command line or found in a folder
 * @param line 1-based line of the record in that file (for article text files, the line at fault)
 * @param field the field at fault, or null when the record as a whole is at fault (e.g. broken JSON)
 * @param reason what is wrong, in words
 */
public record Rejection(String file, long line, String field, String reason) {
  /** {@code file:line: field "x": reason}, the form every error and report line takes. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + (field == null ? "" : "field \"" + field + "\": ") + reason;
  }
}
