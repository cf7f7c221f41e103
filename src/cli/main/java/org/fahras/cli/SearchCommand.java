package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fahras.document.PublishedDates;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.InvalidCursorException;
import org.fahras.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fahras search}: runs one query (or more-like-this) and prints hits, facets and suggestions. */
@Command(name = "search")
final class SearchCommand implements CliCommand {
  @Option(names = "--index", paramLabel = "DIR", required = true) String index;
  // numbers are read as text and checked in run (OptionValues): of an option given twice, only the last counts
  @Option(names = "--hits", paramLabel = "N") String hits;
  @Option(names = "--plain") boolean plain;
  @Option(names = "--filter", paramLabel = "FIELD=VALUE") List<String> filters = new ArrayList<>();
  @Option(names = "--facet") boolean facet;
  @Option(names = "--facets", hidden = true) boolean facets;
  @Option(names = "--sort", paramLabel = "relevance|newest|oldest") String sort = "relevance";
  @Option(names = "--page", paramLabel = "N") String page;
  @Option(names = "--cursor", paramLabel = "C") String cursor;
  @Option(names = "--exact-total") boolean exactTotal;
  @Option(names = "--explain") boolean explain;
  @Option(names = "--recent") boolean recent;
  @Option(names = "--ranking", paramLabel = "R") String ranking;
  @Option(names = "--suggest") boolean suggest; // kept for scripts: a suggestion is now shown whenever one is found
  @Option(names = "--like", paramLabel = "ID") String like;
  @Option(names = "--no-snippets") boolean noSnippets;
  @Option(names = "--raw-snippets") boolean rawSnippets;
  @Option(names = "--json") boolean json;
  @Option(names = "--zone", paramLabel = "UTC|ZONE|local") String zone = "UTC";
  @Parameters(paramLabel = "QUERY...", hideParamSyntax = true) List<String> words = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;

  SearchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The ranking named by a {@code --ranking} value; a usage error when it is not one. */
  static Ranking ranking(String spec) {
    try {
      return Ranking.parse(spec);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--ranking: " + e.getMessage());
    }
  }

  private static boolean isDay(String value) {
    return value.strip().length() == 10;
  }

  /** The zone of a {@code --zone} value: a region (Asia/Dubai), an offset (+04:00), UTC, or local (this machine's). */
  static java.time.ZoneId zone(String spec) {
    if (spec.equals("local")) {
      return java.time.ZoneId.systemDefault();
    }
    try {
      return java.time.ZoneId.of(spec);
    } catch (java.time.DateTimeException e) {
      throw new UsageException("--zone takes a time zone (Asia/Dubai, +04:00, UTC, or local for this machine's), not \""
          + spec + "\"");
    }
  }

  @Override
  public int run() throws IOException {
    Path dir = OptionValues.path("--index", index);
    int hits = OptionValues.whole("--hits", this.hits, 10, 0, 10_000);
    if (cursor != null && this.page != null) {
      throw new UsageException("--page and --cursor are two ways to choose a page: give one");
    }
    if (hits == 0 && (cursor != null || this.page != null)) {
      throw new UsageException("--hits 0 shows only the total (and --facet counts): --page and --cursor have no"
          + " hits to choose");
    }
    int page = OptionValues.whole("--page", this.page, 1, 1, 1_000_000);
    java.time.ZoneId zone = zone(this.zone);
    boolean facets = facet | this.facets;
    String query = String.join(" ", words);
    if (query.isBlank() && like == null && filters.isEmpty()) {
      throw new UsageException("search: give a query (or --like ID, or --filter)");
    }
    SearchRequest.Builder b = SearchRequest.builder(query).plainText(plain).size(hits).highlight(!noSnippets)
        .explain(explain).facets(facets).preferRecent(recent).cursor(cursor).page(page).exactTotal(exactTotal)
        .rawSnippets(rawSnippets).strictFilters(true).zone(zone).ranking(ranking == null ? null : ranking(ranking));
    b.sort(switch (sort) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "newest" -> SearchRequest.Sort.NEWEST;
      case "oldest" -> SearchRequest.Sort.OLDEST;
      default -> throw new UsageException("--sort takes relevance, newest or oldest, not \"" + sort + "\"");
    });
    for (String f : filters) {
      int eq = f.indexOf('=') > 0 ? f.indexOf('=') : f.indexOf(':');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new UsageException("--filter takes FIELD=VALUE (source, kind, category, tag, after, before), not \"" + f + "\"");
      }
      String field = f.substring(0, eq);
      String value = f.substring(eq + 1);
      try {
        switch (field) {
          // a day is a whole day of --zone (inclusive on both sides), a date-time exact
          case "after" -> {
            if (isDay(value)) {
              b.publishedOnOrAfter(PublishedDates.parse(value).toLocalDate());
            } else {
              b.publishedFrom(PublishedDates.parse(value));
            }
          }
          case "before" -> {
            if (isDay(value)) {
              b.publishedOnOrBefore(PublishedDates.parse(value).toLocalDate());
            } else {
              b.publishedTo(PublishedDates.parse(value).plusSeconds(1));
            }
          }
          case "kind" -> b.filter(field, org.fahras.document.Kind.parse(value).label()); // kind:zzz is an error too
          case "source", "category", "tag" -> b.filter(field, value);
          default -> throw new IllegalArgumentException("cannot filter on \"" + field
              + "\"; filterable: source, kind, category, tag, after, before");
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException("--filter " + f + ": " + e.getMessage());
      }
    }
    SearchRequest request;
    try {
      request = b.build();
    } catch (IllegalArgumentException e) {
      // the library names its own means; the command line's is an option
      throw new UsageException(e.getMessage().replace("walk further with cursors (nextCursor)",
          "go further with --cursor (the \"next page\" line of a page)"));
    }
    Main.checkIndexFolder(dir, true);
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      SearchResponse r;
      try {
        r = like != null ? index.moreLikeThis(like, request) : index.search(request);
      } catch (InvalidCursorException e) {
        throw new UsageException(e.getMessage()); // what was typed, like any bad option: exit status 2
      }
      String suggestion = null;
      if (like == null && !query.isBlank()) {
        // a word the index does not have (or far rarer than a close one) gets a suggestion even when the other
        // words found articles: ترامب خاشوقجي would otherwise show Trump alone without a word
        suggestion = index.suggestCorrection(query, plain).orElse(null);
      }
      String pastTheEnd = null;
      if (r.hits().isEmpty() && r.totalHits() > 0 && hits > 0) {
        pastTheEnd = cursor != null ? "no more hits after this cursor"
            : "page " + page + " is past the last page (" + (r.totalIsExact() ? "" : "at least ")
                + ((r.totalHits() + hits - 1) / hits) + ")";
      }
      if (json) {
        out.println(JsonOutput.response(r, suggestion, pastTheEnd == null ? List.of() : List.of(pastTheEnd)));
      } else {
        printHits(r, !noSnippets, true);
        if (pastTheEnd != null) {
          out.println(pastTheEnd);
        }
        printFacets(r);
        if (suggestion != null) {
          out.println("did you mean: " + clean(suggestion));
        }
      }
    }
    return 0;
  }

  void printFacets(SearchResponse r) {
    r.facets().forEach((dim, counts) -> {
      StringBuilder sb = new StringBuilder(dim).append(':');
      counts.forEach((k, v) -> sb.append(' ').append(clean(k)).append(" (").append(v).append(')'));
      out.println(sb);
    });
  }

  /**
   * Prints the hits of {@code r}, numbered from its first rank, with their snippets and, with {@code cursor}, the
   * next page's cursor.
   */
  void printHits(SearchResponse r, boolean snippets, boolean cursor) {
    out.println((r.totalIsExact() ? "" : "≥") + r.totalHits() + (r.totalHits() == 1 ? " hit (" : " hits (")
        + r.tookMillis() + " ms)");
    for (String note : r.notes()) {
      out.println("note: " + clean(note));
    }
    long rank = r.firstRank();
    for (SearchHit h : r.hits()) {
      out.printf(Locale.ROOT, "%3d. %7.3f  %-10s  %-10s  %s  [%s]%n", rank++, h.score(),
          h.published() == null ? "-" : h.published().toLocalDate(),
          h.source() == null ? "-" : clean(h.source()), h.title() == null ? "(untitled)" : clean(h.title()),
          clean(h.id()));
      if (snippets && h.snippet() != null) {
        out.println("       " + terminalSnippet(h.snippetParts()));
      }
      if (h.explanation() != null) {
        out.println(String.join("\n", h.explanation().lines().map(SearchCommand::clean).toList()).indent(7)
            .stripTrailing());
      }
    }
    if (cursor && r.nextCursor() != null) {
      out.println("next page: --cursor " + r.nextCursor());
    }
  }

  /**
   * A snippet for the terminal from its pieces as the article writes them: matches bold (or in brackets), the text
   * without control characters. No HTML to undo: the library gives the pieces apart.
   */
  static String terminalSnippet(List<org.fahras.search.SnippetPart> parts) {
    StringBuilder sb = new StringBuilder();
    for (org.fahras.search.SnippetPart p : parts) {
      sb.append(p.match() ? Terminal.marked(clean(p.text())) : clean(p.text()));
    }
    return sb.toString();
  }

  /**
   * {@code s} safe for a terminal: line breaks and tabs become spaces, other control characters (escape
   * sequences) and bidi overrides become U+FFFD, so article text can neither move the cursor nor reorder a line.
   */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
