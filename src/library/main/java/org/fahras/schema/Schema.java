package org.fahras.schema;

/**
 * Field names of a fahras index, and the keys of its commit user data. Public so that the search package and
 * embedders writing their own Lucene queries agree with the indexer.
 */
public final class Schema {
  /**
   * Schema version recorded in every commit; bump when fields change. 2: the hit fields in one binary doc value,
   * {@link #HIT}, and summary, url, author, kind, category and tags no longer stored (an index of version 1 is
   * refused and must be reindexed).
   */
  public static final String VERSION = "2";

  /** Unique id (keyword, stored). */
  public static final String ID = "id";
  /** Title, searched representation (stemmed for fahras), stored. */
  public static final String TITLE = "title";
  /** Title, exact (normalized, unstemmed) representation; present when the chain has one. */
  public static final String TITLE_EXACT = "title_exact";
  /** Body, searched representation, stored. */
  public static final String BODY = "body";
  /** Body, exact representation. */
  public static final String BODY_EXACT = "body_exact";
  /** Summary: in the hit fields ({@link #HIT}) only. */
  public static final String SUMMARY = "summary";
  /** Publication instant: epoch seconds as a point and doc value; the ISO text is stored. */
  public static final String PUBLISHED = "published";
  /** Kind (news, documentary): keyword and doc values; its label in the hit fields. */
  public static final String KIND = "kind";
  /** Source, lower-cased: keyword and doc values; stored and in the hit fields as given. */
  public static final String SOURCE = "source";
  /** Category, lower-cased: keyword and doc values; as given in the hit fields. */
  public static final String CATEGORY = "category";
  /** Tags, lower-cased: keyword and doc values; as given, in order, in the hit fields. */
  public static final String TAGS = "tags";
  /** Publication year, for facets (doc values only). */
  public static final String YEAR = "year";
  /** Url: in the hit fields only. */
  public static final String URL = "url";
  /** Author: in the hit fields only. */
  public static final String AUTHOR = "author";
  /**
   * Every field a search hit shows (all but the body), as written: one binary doc value per article, read for the
   * hits of a page instead of the stored fields ({@link HitFields}).
   */
  public static final String HIT = "hit";

  /** Commit user data: name of the analysis chain that built the index. */
  public static final String META_ANALYZER = "fahras.analyzer";
  /** Commit user data: version of that chain. */
  public static final String META_CHAIN_VERSION = "fahras.chain.version";
  /** Commit user data: schema version. */
  public static final String META_SCHEMA = "fahras.schema";

  private Schema() {}

  /** The indexed form of a keyword value (source, category, kind, tag): trimmed and lower-cased. */
  public static String keyword(String value) {
    return value.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
