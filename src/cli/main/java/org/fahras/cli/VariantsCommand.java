package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.index.ArticleIndex;
import org.fahras.variants.VariantDiscovery;
import org.fahras.variants.VariantTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fahras variants}: builds a spelling-variant table from an index or a corpus, or shows a word's variants.
 *
 * <pre>
 * fahras variants --index DIR [--output FILE]        build from the index's stored articles (default DIR/variants.tsv)
 * fahras variants --corpus PATH... --output FILE     build from article files (how the bundled table is made)
 * fahras variants [--index DIR | --table FILE] WORD  show WORD's variants (the bundled table by default)
 * fahras variants (--index DIR | --corpus PATH...) --explain A/B [--explain C/D]...
 *                                                    the evidence on each pair, as a build would judge it
 * </pre>
 */
@Command(name = "variants", customSynopsis = {
    "fahras variants --index DIR [--output FILE] | --corpus PATH... --output FILE | [--index DIR|--table FILE] WORD...",
    "               | (--index DIR | --corpus PATH...) --explain A/B [--explain C/D]..."})
final class VariantsCommand implements CliCommand {
  @Option(names = "--index", paramLabel = "DIR") String index;
  @Option(names = "--output", paramLabel = "FILE") String output;
  @Option(names = "--table", paramLabel = "FILE") String table;
  @Option(names = "--corpus") boolean corpus;
  @Option(names = "--explain", paramLabel = "A/B") List<String> explain = new ArrayList<>();
  @Parameters(paramLabel = "WORD...|PATH...", hideParamSyntax = true) List<String> rest = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;

  VariantsCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public int run() throws IOException {
    Path index = OptionValues.path("--index", this.index);
    Path output = OptionValues.path("--output", this.output);
    Path table = OptionValues.path("--table", this.table);
    if (!explain.isEmpty()) {
      if (!corpus && index == null) {
        throw new UsageException("variants --explain A/B needs the articles to judge by: --corpus PATH... or"
            + " --index DIR");
      }
      if (output != null || table != null) {
        throw new UsageException("variants --explain shows the evidence of --corpus or --index: it takes no "
            + (output != null ? "--output" : "--table"));
      }
      if (!corpus && !rest.isEmpty()) {
        throw new UsageException("variants --index DIR --explain: one A/B per --explain (--explain A/B --explain"
            + " C/D), not \"" + rest.get(0) + "\"");
      }
    }
    if (corpus) {
      if (index != null || table != null) {
        throw new UsageException("variants: --corpus builds from files; it takes no --index or --table");
      }
      if (rest.isEmpty()) {
        throw new UsageException("variants --corpus PATH...: give the article files to read");
      }
      if (output == null && explain.isEmpty()) {
        throw new UsageException("variants --corpus PATH... --output FILE: give the file to write the table to");
      }
      List<Path> paths = new ArrayList<>();
      for (String s : rest) {
        paths.add(Path.of(s));
      }
      long t0 = System.nanoTime();
      VariantDiscovery d = new VariantDiscovery();
      d.addCorpus(paths);
      return explain.isEmpty() ? build(d, output, t0) : explain(d, explain);
    }
    if (rest.isEmpty()) {
      if (index == null) {
        throw new UsageException("variants: give --index DIR or --corpus PATH... to build, or a WORD to show");
      }
      if (table != null) {
        throw new UsageException("variants --index DIR builds a table: --table is for showing a WORD");
      }
      long t0 = System.nanoTime();
      VariantDiscovery d = new VariantDiscovery();
      d.addIndex(index);
      if (!explain.isEmpty()) {
        return explain(d, explain);
      }
      return build(d, output != null ? output : index.resolve(ArticleIndex.VARIANT_TABLE_FILE), t0);
    }
    if (output != null) {
      throw new UsageException("variants WORD shows variants: --output is for building");
    }
    VariantTable t;
    if (table != null && index != null) {
      throw new UsageException("variants WORD: --index DIR shows the index's table, --table FILE another: give one");
    }
    if (table != null) {
      t = VariantTable.read(table);
    } else if (index != null) {
      Path f = index.resolve(ArticleIndex.VARIANT_TABLE_FILE);
      if (!Files.isDirectory(index)) {
        throw new IllegalStateException(index + ": no such index folder");
      }
      if (Files.exists(f)) {
        t = VariantTable.read(f);
      } else {
        // what a search of this index uses: the bundled table, until one is built for it
        err.println("fahras: no variant table in " + index + "; showing the bundled one, which its searches use"
            + " (build one: fahras variants --index " + index + ")");
        t = VariantTable.bundled();
      }
    } else {
      t = VariantTable.bundled();
    }
    for (String word : rest) {
      for (String exact : exact(word)) {
        List<String> v = t.variantsOf(exact);
        out.println(exact + "\t" + (v.isEmpty() ? "(no variants)" : String.join(" ", v)));
      }
    }
    return 0;
  }

  /** Prints the evidence on each pair {@code A/B} of {@code pairs}, the words in the exact representation. */
  private int explain(VariantDiscovery d, List<String> pairs) throws IOException {
    requireArticles(d);
    if (d.rejected() > 0) {
      err.println("fahras: " + d.rejected() + " records could not be read and were left out (fahras index"
          + " --on-error skip lists them)");
    }
    for (String pair : pairs) {
      int slash = pair.indexOf('/');
      List<String> a = slash < 0 ? List.of() : exact(pair.substring(0, slash));
      List<String> b = slash < 0 ? List.of() : exact(pair.substring(slash + 1));
      if (a.size() != 1 || b.size() != 1) {
        throw new UsageException("variants --explain A/B: two words separated by '/', not \"" + pair + "\"");
      }
      out.println(d.explain(a.get(0), b.get(0)));
    }
    return 0;
  }

  /** Fails, saying how many records could not be read, when {@code d} has no articles to judge by. */
  private static void requireArticles(VariantDiscovery d) {
    if (d.articles() == 0) {
      throw new IllegalStateException("variants: no articles read" + (d.rejected() > 0
          ? " (" + d.rejected() + " records could not be read)" : ""));
    }
  }

  private int build(VariantDiscovery d, Path output, long t0) throws IOException {
    requireArticles(d);
    VariantTable t = d.build();
    t.write(output);
    VariantDiscovery.Stats s = d.stats();
    out.printf(Locale.ROOT, "read %d articles%s, %d distinct words; %d candidate pairs of %d words, %d confirmed"
        + " (%d words with variants) in %.1f s; table written to %s (%d bytes)%n",
        d.articles(), d.rejected() > 0 ? " (" + d.rejected() + " records could not be read and were left out)" : "",
        s.words(), s.candidatePairs(), s.candidateWords(), s.confirmedPairs(), t.words().size(),
        (System.nanoTime() - t0) / 1e9, output, Files.size(output));
    if (d.rejected() > 0) {
      err.println("fahras: " + d.rejected() + " records could not be read (fahras index --on-error skip lists them)");
    }
    int bundled = VariantTable.bundled().pairCount();
    if (s.confirmedPairs() > 0 && s.confirmedPairs() < bundled / 4 && output.getFileName().toString()
        .equals(ArticleIndex.VARIANT_TABLE_FILE)) {
      err.println("fahras: " + s.confirmedPairs() + " pairs from " + d.articles() + " articles; searches of this index"
          + " now use them instead of the bundled table's " + bundled + " (built from 41,654 news articles); a table"
          + " needs tens of thousands of articles to be as complete: delete " + output + " to use the bundled one");
    }
    if (s.confirmedPairs() == 0) {
      err.println("fahras: no variants found (a few thousand articles are needed); searches of an index with this"
          + " empty table search no variants: delete " + output + " to use the bundled table instead");
    }
    return 0;
  }

  /** {@code text} in the exact representation, word by word. */
  private static List<String> exact(String text) throws IOException {
    List<String> r = new ArrayList<>();
    try (FahrasAnalyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE);
        TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        r.add(term.toString());
      }
      ts.end();
    }
    return r;
  }
}
