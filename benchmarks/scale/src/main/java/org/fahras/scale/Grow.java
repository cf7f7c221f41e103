package org.fahras.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.fahras.document.Article;
import org.fahras.eval.Topics;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * Grows the ANT news (v1.1 + v2.1) to any number of articles, deterministically. Article {@code i} of the grown
 * archive depends only on the seed and {@code i}, so a corpus of N articles is the first N of one endless sequence
 * and is written in slices {@code [from, to)} that a larger size reuses.
 *
 * <p>Articles {@code 0 .. R-1} are the R real articles in a seeded shuffled order, as published. Every later
 * article is synthetic: source, category, kind, author, url and the paragraph/sentence layout of a random real
 * article, each sentence replaced by a random real sentence; the title a random real title (half of the time its
 * second half replaced by another title's); a date spread uniformly over 2000–2025; the id {@code grown-NNNNNNN};
 * and {@value #NOVEL_RATE} of its words replaced by new words from a vocabulary that grows with the archive
 * (ids drawn below {@code K·n^0.6} after n synthetic articles, Heaps' law), each new word a blend of the beginning
 * of one real word and the end of another, never a real word.
 *
 * <pre>
 * Grow corpus  --data DIR --seed S --from A --to B --out FILE.jsonl.gz   (also writes FILE.novel, the new-word ids used)
 * Grow queries --data DIR --out DIR    (the query lists of QueryBenchmark: questions, two, three, sources)
 * </pre>
 */
public final class Grow {
  static final double NOVEL_RATE = 0.02;
  static final double HEAPS_K = 50;
  static final double HEAPS_BETA = 0.6;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2025, 12, 31).toEpochDay();
  private static final ZoneOffset OFFSET = ZoneOffset.ofHours(3);

  private final long seed;
  private final List<Article> real;
  private final int[] order;
  private final String[] titles;
  private final String[] sentences;
  /** Per real article, its sentences per paragraph: the layout a synthetic article copies. */
  private final int[][] layouts;
  private final Set<String> realWords;
  private final String[] pieces;
  private final Map<Integer, String> novelCache = new HashMap<>();
  private final List<Rejection> rejectedReal = new ArrayList<>();

  Grow(Path data, long seed) throws IOException {
    this.seed = seed;
    this.real = readArticles(List.of(data.resolve("news/ant-v2.1.jsonl.gz"), data.resolve("news/ant-v1.1.jsonl.gz")),
        rejectedReal);
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < real.size(); i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new Random(seed));
    order = perm.stream().mapToInt(Integer::intValue).toArray();
    List<String> t = new ArrayList<>();
    List<String> s = new ArrayList<>();
    layouts = new int[real.size()][];
    realWords = new HashSet<>();
    for (int a = 0; a < real.size(); a++) {
      Article article = real.get(a);
      if (article.title() != null && !article.title().isBlank()) {
        t.add(article.title().strip());
        words(article.title(), realWords);
      }
      String[] paragraphs = article.body() == null ? new String[0] : article.body().split("\n");
      List<Integer> layout = new ArrayList<>();
      for (String p : paragraphs) {
        int n = 0;
        for (String sentence : SENTENCE_END.split(p.strip())) {
          if (!sentence.isBlank()) {
            s.add(sentence.strip());
            n++;
          }
        }
        if (n > 0) {
          layout.add(n);
        }
      }
      layouts[a] = layout.stream().mapToInt(Integer::intValue).toArray();
      words(article.body(), realWords);
      words(article.summary(), realWords);
    }
    titles = t.toArray(String[]::new);
    sentences = s.toArray(String[]::new);
    pieces = new TreeSet<>(realWords.stream().filter(w -> w.length() >= 4).toList()).toArray(String[]::new);
  }

  int realCount() {
    return real.size();
  }

  int realWordCount() {
    return realWords.size();
  }

  /** Maximal runs of Arabic letters (hamza .. yeh, tatweel included): the words counted and blended. */
  static void words(String text, Set<String> out) {
    if (text == null) {
      return;
    }
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = c >= '\u0621' && c <= '\u064A';
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
  }

  /** Article {@code i} of the grown archive as one JSON line (no newline); records used new-word ids in {@code novel}. */
  String article(long i, BitSet novel) {
    StringBuilder sb = new StringBuilder(4096);
    if (i < real.size()) {
      Article a = real.get(order[(int) i]);
      return json(sb, a.id(), a.title(), a.body(), a.summary(), a.published(), a.kind().name().toLowerCase(),
          a.source(), a.category(), a.url(), a.author());
    }
    long n = i - real.size() + 1; // synthetic articles so far, this one included
    SplittableRandom r = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
    Article template = real.get(r.nextInt(real.size()));
    int[] layout = layouts[r.nextInt(real.size())];
    if (layout.length == 0) {
      layout = new int[] {1};
    }
    StringBuilder text = new StringBuilder(4096);
    for (int p = 0; p < layout.length; p++) {
      if (p > 0) {
        text.append('\n');
      }
      for (int k = 0; k < layout[p]; k++) {
        if (k > 0) {
          text.append(' ');
        }
        appendWords(text, sentences[r.nextInt(sentences.length)], r, n, novel);
      }
    }
    String body = text.toString();
    text.setLength(0);
    String title = titles[r.nextInt(titles.length)];
    if (r.nextBoolean()) {
      String other = titles[r.nextInt(titles.length)];
      int cut = title.indexOf(' ', title.length() / 2);
      int otherCut = other.indexOf(' ', other.length() / 2);
      if (cut > 0 && otherCut > 0) {
        title = title.substring(0, cut) + other.substring(otherCut);
      }
    }
    appendWords(text, title, r, n, novel);
    title = text.toString();
    String summary = null;
    if (template.summary() != null) {
      text.setLength(0);
      appendWords(text, sentences[r.nextInt(sentences.length)], r, n, novel);
      summary = text.toString();
    }
    long day = FIRST_DAY + r.nextLong(LAST_DAY - FIRST_DAY + 1);
    OffsetDateTime published = LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(r.nextInt(86_400))
        .atOffset(OFFSET);
    return json(sb, String.format("grown-%07d", i), title, body, summary, published,
        template.kind().name().toLowerCase(), template.source(), template.category(), template.url(),
        template.author());
  }

  /** Appends the space-separated words of {@code s}, each replaced by a new word with probability NOVEL_RATE. */
  private void appendWords(StringBuilder out, String s, SplittableRandom r, long n, BitSet novel) {
    int start = 0;
    int len = s.length();
    while (start < len) {
      int sp = s.indexOf(' ', start);
      if (sp < 0) {
        sp = len;
      }
      if (sp > start) {
        if (r.nextDouble() < NOVEL_RATE) {
          // skewed towards early ids, so a new word recurs as names in an archive do
          double u = r.nextDouble();
          int id = (int) (Math.ceil(HEAPS_K * Math.pow(n, HEAPS_BETA)) * u * u);
          novel.set(id);
          out.append(novel(id));
        } else {
          out.append(s, start, sp);
        }
      }
      if (sp < len) {
        out.append(' ');
      }
      start = sp + 1;
    }
  }

  /** New word {@code id}: the beginning of one real word and the end of another; never a real word. */
  String novel(int id) {
    String w = novelCache.get(id);
    if (w != null) {
      return w;
    }
    SplittableRandom r = new SplittableRandom((seed * 0x632BE59BD9B4E019L) ^ (id * 0xBF58476D1CE4E5B9L));
    while (true) {
      String a = pieces[r.nextInt(pieces.length)];
      String b = pieces[r.nextInt(pieces.length)];
      String candidate = a.substring(0, 2 + r.nextInt(a.length() - 2)) + b.substring(1 + r.nextInt(b.length() - 2));
      if (candidate.length() >= 4 && candidate.length() <= 12 && !realWords.contains(candidate)) {
        novelCache.put(id, candidate);
        return candidate;
      }
    }
  }

  private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

  /** One JSON line, written with jackson-core's generator; null fields left out. */
  private static String json(StringBuilder sb, String id, String title, String body, String summary,
      OffsetDateTime published, String kind, String source, String category, String url, String author) {
    java.io.StringWriter out = new java.io.StringWriter(sb.capacity());
    try (com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      String[][] fields = {{"id", id}, {"title", title}, {"body", body}, {"summary", summary},
          {"published", published == null ? null : DATE.format(published)}, {"kind", kind}, {"source", source},
          {"category", category}, {"url", url}, {"author", author}};
      for (String[] f : fields) {
        if (f[1] != null) {
          g.writeStringField(f[0], f[1]);
        }
      }
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The articles of {@code files} that the library accepts. The records it rejects (in ANT v1.1, 7 dates written
   * {@code 2017-01-22T185600}) are left out of the grown archive and listed in {@code rejected}.
   */
  static List<Article> readArticles(List<Path> files, List<Rejection> rejected) throws IOException {
    List<Article> out = new ArrayList<>();
    ArticleReader.read(files, new ArticleReader.Handler() {
      @Override
      public void article(Article a, String file, long line) {
        out.add(a);
      }

      @Override
      public void rejected(Rejection r) {
        rejected.add(r);
      }
    });
    return out;
  }

  /** Writes articles {@code [from, to)} to {@code out} (gzip, via a temporary file) and the new-word ids used. */
  void writeSlice(long from, long to, Path out) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    BitSet novel = new BitSet();
    long chars = 0;
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = from; i < to; i++) {
        String line = article(i, novel);
        chars += line.length() + 1;
        w.write(line);
        w.write('\n');
      }
    }
    Files.write(out.resolveSibling(out.getFileName() + ".novel"), novel.toByteArray());
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    for (Rejection r : rejectedReal) {
      System.err.println("Grow: left out of the base (the library rejects it): " + r);
    }
    System.out.printf("{\"from\": %d, \"to\": %d, \"chars\": %d, \"real_articles\": %d, \"real_rejected\": %d, "
        + "\"real_words\": %d, \"novel_ids_in_slice\": %d}%n", from, to, chars, realCount(), rejectedReal.size(),
        realWordCount(), novel.cardinality());
  }

  /** The query lists of benchmarks/.../QueryBenchmark and BenchData, computed the same way from the same data. */
  static void writeQueries(Path data, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<Rejection> rejected = new ArrayList<>();
    List<Article> ant = readArticles(List.of(data.resolve("news/ant-v2.1.jsonl.gz")), rejected);
    if (!rejected.isEmpty()) {
      // BenchData fails on any rejection: the lists would differ from QueryBenchmark's
      throw new IllegalStateException("ANT v2.1 record rejected: " + rejected.get(0));
    }
    Files.write(outDir.resolve("questions.txt"),
        List.copyOf(Topics.read(data.resolve("eval/arcd/topics.tsv")).values()), StandardCharsets.UTF_8);
    Files.write(outDir.resolve("two.txt"), shortQueries(ant, 2, 500), StandardCharsets.UTF_8);
    Files.write(outDir.resolve("three.txt"), shortQueries(ant, 3, 500), StandardCharsets.UTF_8);
    Files.write(outDir.resolve("sources.txt"),
        List.copyOf(new TreeSet<>(ant.stream().map(Article::source).filter(s -> s != null).toList())),
        StandardCharsets.UTF_8);
  }

  /** BenchData.shortQueries: consecutive words of ANT titles, drawn with a fixed seed. */
  static List<String> shortQueries(List<Article> all, int words, int n) {
    Random r = new Random(42 + words);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String title = all.get(r.nextInt(all.size())).title();
      if (title == null) {
        continue;
      }
      String[] w = title.split("\\s+");
      if (w.length < words) {
        continue;
      }
      int s = r.nextInt(w.length - words + 1);
      out.add(String.join(" ", Arrays.copyOfRange(w, s, s + words)));
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      usage();
    }
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        usage();
      }
      opt.put(args[i].substring(2), args[i + 1]);
    }
    Path data = Path.of(require(opt, "data"));
    switch (args[0]) {
      case "corpus" -> {
        long from = Long.parseLong(require(opt, "from"));
        long to = Long.parseLong(require(opt, "to"));
        if (from < 0 || to < from) {
          throw new IllegalArgumentException("need 0 <= from <= to, got " + from + ", " + to);
        }
        new Grow(data, Long.parseLong(opt.getOrDefault("seed", "13"))).writeSlice(from, to, Path.of(require(opt, "out")));
      }
      case "queries" -> writeQueries(data, Path.of(require(opt, "out")));
      default -> usage();
    }
  }

  private static String require(Map<String, String> opt, String name) {
    String v = opt.get(name);
    if (v == null) {
      System.err.println("Grow: missing --" + name);
      usage();
    }
    return v;
  }

  private static void usage() {
    System.err.println("usage: Grow corpus --data DIR [--seed S] --from A --to B --out FILE.jsonl.gz\n"
        + "       Grow queries --data DIR --out DIR");
    System.exit(2);
  }
}
