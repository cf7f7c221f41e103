package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fahras.index.ArticleIndex;
import org.fahras.search.QueryLanguage;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/** {@code fahras search}: runs one query (or more-like-this) and prints hits, facets and suggestions. */
final class SearchCommand {
  private final PrintStream out;
  private final PrintStream err;

  SearchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Args a) throws IOException {
    Path dir = a.path("--index", true);
    int hits = a.intValue("--hits", 10, 1, 10_000);
    boolean plain = a.flag("--plain");
    boolean json = a.flag("--json");
    boolean noSnippets = a.flag("--no-snippets");
    boolean explain = a.flag("--explain");
    boolean recent = a.flag("--recent");
    String sort = a.value("--sort", "relevance");
    String cursor = a.value("--cursor", null);
    if (cursor != null && a.has("--page")) {
      throw new UsageException("--page and --cursor are two ways to choose a page: give one");
    }
    int page = a.intValue("--page", 1, 1, 1_000_000);
    List<String> filters = new ArrayList<>(a.values("--filter"));
    boolean facets = a.flag("--facet") | a.flag("--facets");
    String like = a.value("--like", null);
    boolean suggest = a.flag("--suggest");
    String query = String.join(" ", a.positional());
    a.done();
    if (query.isBlank() && like == null && filters.isEmpty()) {
      throw new UsageException("search: give a query (or --like ID, or --filter)");
    }
    if (page < 1) {
      throw new UsageException("--page counts from 1");
    }
    SearchRequest.Builder b = SearchRequest.builder(query).plainText(plain).size(hits).highlight(!noSnippets)
        .explain(explain).facets(facets).preferRecent(recent).cursor(cursor);
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
          case "after" -> b.publishedFrom(org.fahras.document.PublishedDates.parse(value));
          case "before" -> b.publishedTo(org.fahras.document.PublishedDates.parse(value).plusDays(1));
          default -> b.filter(field, value);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException("--filter " + f + ": " + e.getMessage());
      }
    }
    Main.checkIndexFolder(dir, true);
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      SearchRequest request = b.build();
      SearchResponse r;
      if (like != null) {
        r = index.moreLikeThis(like, request);
      } else {
        r = index.search(request);
        for (int p = 1; p < page && r.nextCursor() != null; p++) {
          request = request.next(r.nextCursor());
          r = index.search(request);
        }
        if (page > 1 && request.cursor() == null) {
          r = new SearchResponse(r.totalHits(), r.totalIsExact(), List.of(), r.facets(), null, r.notes(), r.tookMillis());
        }
      }
      String suggestion = null;
      if ((suggest || r.totalHits() == 0) && like == null && !query.isBlank()) {
        suggestion = index.suggestCorrection(plain ? query : QueryLanguage.parse(query).text()).orElse(null);
      }
      if (json) {
        out.println(JsonOutput.response(r, suggestion));
      } else {
        printHits(r, !noSnippets, cursor == null ? 1 + (page - 1) * hits : 1);
        printFacets(r);
        if (suggestion != null) {
          out.println("did you mean: " + suggestion);
        }
      }
    }
    return 0;
  }

  void printFacets(SearchResponse r) {
    r.facets().forEach((dim, counts) -> {
      StringBuilder sb = new StringBuilder(dim).append(':');
      counts.forEach((k, v) -> sb.append(' ').append(k).append(" (").append(v).append(')'));
      out.println(sb);
    });
  }

  void printHits(SearchResponse r, boolean snippets) {
    printHits(r, snippets, 1);
  }

  /** Prints the hits of {@code r}, numbering them from {@code firstRank}. */
  void printHits(SearchResponse r, boolean snippets, int firstRank) {
    out.println((r.totalIsExact() ? "" : "≥") + r.totalHits() + " hits (" + r.tookMillis() + " ms)");
    for (String note : r.notes()) {
      out.println("note: " + note);
    }
    int rank = firstRank;
    for (SearchHit h : r.hits()) {
      out.printf(Locale.ROOT, "%3d. %7.3f  %-10s  %-10s  %s  [%s]%n", rank++, h.score(),
          h.published() == null ? "-" : h.published().toLocalDate(),
          h.source() == null ? "-" : h.source(), h.title() == null ? "(untitled)" : h.title(), h.id());
      if (snippets && h.snippet() != null) {
        out.println("       " + Terminal.mark(h.snippet().replace('\n', ' ')));
      }
      if (h.explanation() != null) {
        out.println(h.explanation().indent(7).stripTrailing());
      }
    }
    if (r.nextCursor() != null) {
      out.println("next page: --cursor " + r.nextCursor());
    }
  }
}
