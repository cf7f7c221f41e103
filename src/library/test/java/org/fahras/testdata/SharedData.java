package org.fahras.testdata;

import java.nio.file.Path;

/**
 * Where tests find the repository's fixtures and {@code ../shared/data}: one way for every test (Maven passes
 * {@code fahras.basedir}, the repository root, and {@code fahras.shared.data}). Tests that need shared data skip
 * when it is absent.
 */
public final class SharedData {
  /** The repository root. */
  public static final Path ROOT = Path.of(System.getProperty("fahras.basedir", ".")).toAbsolutePath().normalize();

  /** {@code ../shared/data} beside the repository. */
  public static final Path DATA = Path.of(System.getProperty("fahras.shared.data",
      ROOT.resolve("../shared/data").toString())).toAbsolutePath().normalize();

  /** {@code index-fixtures/} of the repository. */
  public static final Path FIXTURES = ROOT.resolve("index-fixtures");

  /** ANT v2.1 (31,523 articles, JSON Lines, gzip); may be absent. */
  public static final Path ANT_V21 = DATA.resolve("news/ant-v2.1.jsonl.gz");

  /** ANT v1.1 (10,138 articles); may be absent. */
  public static final Path ANT_V11 = DATA.resolve("news/ant-v1.1.jsonl.gz");

  private SharedData() {}
}
