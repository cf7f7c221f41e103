package org.fahras.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.fahras.analysis.ArabicNormalizationFilter;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.document.Article;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * Which endings the stemmer keeps, because the word with the ending and the word without it are two words: عملة
 * ("currency") is not عمل ("work"), مكتبة ("library") not مكتب ("office"); قتلى ("the dead") is not قتل nor قتلي, القوى
 * ("the forces") not القوي ("the strong"). A light stemmer strips ة from every word, which is right for كبيرة / كبير
 * (one adjective) and wrong for those; and a source's ى is often a final ي written so (المصرى is المصري). The evidence
 * is the one the variant discovery uses for spellings: two forms of one word are used alike, two words are not. For
 * each candidate — a word written in ة (only its occurrences written so: عمله, "his work", is another word) whose
 * bare stem is a word of its own, or a word written in ى against its bare stem and the word in ي, each seen at least
 * {@link #MIN_COUNT} times with or without proclitics and the article — the cosine of
 * their context vectors ({@link #WINDOW} words on each side, positive pointwise mutual information) is measured; below
 * {@link #MAX_SIMILARITY} the ending is kept. A plural in ات whose word in ة is rare is judged against its bare stem
 * (ملابسات / ملابس), below {@link #MAX_PLURAL_SIMILARITY}: kept, its stem is the word in ة's (ملابسه). A noun in ى
 * also keeps it where the letters are seen written ى nearly as often as ي ({@link #MAKSURA_SHARE}: الكلى, الكلي).
 * What {@code fahras lexicon endings} writes to the stemmer's {@code kept-endings.txt}.
 */
public final class KeptEndings {
  private KeptEndings() {}

  /** Fewest occurrences of each of the two words (with proclitics and the article) for a pair to be judged. */
  public static final int MIN_COUNT = 50;
  /** Words on each side that make a context. */
  public static final int WINDOW = 2;
  /** Context similarity below which the two are different words and the ending is kept. */
  public static final double MAX_SIMILARITY = 0.03;
  /**
   * Context similarity below which a noun in ة ({@link #MAX_AGREEMENT}) is another word than its bare stem: nouns are
   * told apart on looser evidence than adjectives, whose masculine is the same word.
   */
  public static final double MAX_NOUN_SIMILARITY = 0.06;
  /**
   * Share of a word's occurrences in ة that follow a word in ة, below which it is used as a noun: an adjective in ة
   * agrees with the feminine noun before it (مدينة كبيرة: 0.53 of كبيرة's occurrences), a noun mostly does not
   * (سعر العملة: 0.14 of عملة's).
   */
  public static final double MAX_AGREEMENT = 0.22;
  /**
   * Context similarity below which a plural in ات whose word in ة is rare is another word than its bare stem
   * (ملابسات "circumstances" / ملابس "clothes": 0.0075): half {@link #MAX_SIMILARITY}, since a plural's neighbours
   * differ from its singular's by number agreement alone (تحولات / تحول 0.0205, حوارات / حوار 0.0265 are one word).
   */
  public static final double MAX_PLURAL_SIMILARITY = 0.015;
  /**
   * Share of a word's occurrences in ى that have the article, from which it is a noun or an adjective (الكلى 0.97,
   * الأولى 0.90) rather than a verb (تجرى, تبنى: 0), for {@link #MAKSURA_SHARE}.
   */
  public static final double MIN_ARTICLE_SHARE = 0.1;
  /**
   * A noun or adjective written ى ({@link #MIN_ARTICLE_SHARE}) keeps it when the same letters written ي are less
   * than this many times as frequent: news writes a word's own ى as ى, so where both spellings are common they are
   * two words (الكلى "kidneys" 107 beside الكلي "total" 232); where ى is a writer's spelling of ي it is a small share
   * (المصرى; a document that writes في, الذي or التي with ى counts its ى as ي). The stemmer's
   * {@link org.fahras.analysis.ArabicLightStemmer#MOSTLY_MAKSURA} reads the same columns.
   */
  public static final int MAKSURA_SHARE = org.fahras.analysis.ArabicLightStemmer.MAKSURA_SHARE;

  /** Proclitics and article forms a word is counted with (ل + ال is written لل). */
  private static final String[] ON_BARE = {"", "و", "ف", "ب", "ك", "ل", "وب", "ول", "فب", "فل"};
  private static final String[] ARTICLE = {"ال", "وال", "فال", "بال", "كال", "وبال"};
  private static final String[] ARTICLE_L = {"لل", "ولل", "فلل"};
  private static final String[] ARTICLE_LONGEST_FIRST = {"وبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"};

  /**
   * One judged pair: the stem with its ending as the stemmer would keep it ({@code kept}, normalized: ة as ه), the
   * bare stem, their occurrences, and the similarity of their contexts. For a word in ى, the bare column is the same
   * letters written ي, and {@code withArticle} the share of its occurrences in ى that have the article (NaN for the
   * others).
   */
  public record Candidate(String kept, String bare, String withEnding, int countWithEnding, int countBare,
      double similarity, double agreement, double withArticle) {
    /** A candidate that is not a word in ى. */
    public Candidate(String kept, String bare, String withEnding, int countWithEnding, int countBare,
        double similarity, double agreement) {
      this(kept, bare, withEnding, countWithEnding, countBare, similarity, agreement, Double.NaN);
    }

    /** Whether this is a plural in ات judged against its bare stem, its word in ة being rare. */
    public boolean plural() {
      return withEnding.endsWith("ات");
    }

    /** Whether the ending is kept with the default thresholds. */
    public boolean keep() {
      return keep(MAX_SIMILARITY, MAX_NOUN_SIMILARITY, MAX_AGREEMENT);
    }

    /**
     * Whether the ending is kept: contexts unlike below {@code maxSimilarity}, or, for a word in ة used as a noun
     * (agreement below {@code maxAgreement}; NaN for words in ى), below {@code maxNounSimilarity}. A {@link #plural}
     * is kept below {@link #MAX_PLURAL_SIMILARITY} alone.
     */
    public boolean keep(double maxSimilarity, double maxNounSimilarity, double maxAgreement) {
      if (plural()) {
        return similarity < MAX_PLURAL_SIMILARITY;
      }
      if (kept.endsWith("ى")) {
        // a noun or adjective in ى (seen with the article) whose ى is not a writer's spelling of ي: الكلى, الأولى;
        // a verb in ى beside its verbal noun or present in ي (تجرى / تجري, تبنى / تبني) is judged by contexts alone
        return similarity < maxSimilarity
            || (withArticle >= MIN_ARTICLE_SHARE && countBare < (long) MAKSURA_SHARE * countWithEnding);
      }
      return similarity < maxSimilarity || (agreement < maxAgreement && similarity < maxNounSimilarity);
    }
  }

  /** Measures every candidate of the articles in {@code paths}; unreadable records go to {@code rejected}. */
  public static List<Candidate> measure(List<Path> paths, List<Rejection> rejected) throws IOException {
    Counter c = new Counter();
    ArticleReader.read(paths, new ArticleReader.Handler() {
      @Override
      public void article(Article a, String file, long line) {
        c.add(a.title(), a.summary(), a.body());
      }

      @Override
      public void rejected(Rejection r) {
        rejected.add(r);
      }
    });
    return c.measure();
  }

  /** Measures every candidate of {@code texts} (each one document). */
  public static List<Candidate> measure(Iterable<String> texts) {
    Counter c = new Counter();
    for (String t : texts) {
      c.add(t);
    }
    return c.measure();
  }

  /** The text of {@code kept-endings.txt}: the kept stems at {@code maxSimilarity}, with their evidence. */
  public static String write(List<Candidate> candidates, String source) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Stems that keep an ending the suffix steps would strip (ة as ه) or a final ى: the word with it and\n")
        .append("# the word without are two words. Written by `fahras lexicon endings` from ").append(source)
        .append(";\n# context similarity < ").append(MAX_SIMILARITY).append(", or < ").append(MAX_NOUN_SIMILARITY)
        .append(" for a noun in ة (agreement < ").append(MAX_AGREEMENT).append("), or < ").append(MAX_PLURAL_SIMILARITY)
        .append(" for a plural in ات whose word in ة is rare;\n# both seen >= ").append(MIN_COUNT)
        .append(" times; a word in ى also where it is seen with the article (>= ").append(MIN_ARTICLE_SHARE)
        .append(" of its occurrences)\n# and the same letters written ي are less than ").append(MAKSURA_SHARE)
        .append(" times as frequent (docs/analysis.md); for a word in ى, bare is the word in ي.\n")
        .append("# kept<TAB>bare<TAB>similarity<TAB>agreement<TAB>with the ending<TAB>bare")
        .append("<TAB>share with the article\n");
    candidates.stream().filter(Candidate::keep).sorted(Comparator.comparing(Candidate::kept)
            .thenComparing(Candidate::bare))
        .forEach(c -> sb.append(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.2f\t%d\t%d\t%.2f%n", c.kept(), c.bare(),
            c.similarity(), c.agreement(), c.countWithEnding(), c.countBare(), c.withArticle())));
    return sb.toString();
  }

  /** The forms a stem is written in with proclitics and the article. */
  static List<String> forms(String stem) {
    List<String> out = new ArrayList<>();
    for (String p : ON_BARE) {
      out.add(p + stem);
    }
    out.addAll(articleForms(stem));
    return out;
  }

  /** The forms of {@code stem} with the article and its proclitics (ل + ال written لل). */
  static List<String> articleForms(String stem) {
    List<String> out = new ArrayList<>();
    for (String p : ARTICLE) {
      out.add(p + stem);
    }
    if (stem.charAt(0) != 'ل') {
      for (String p : ARTICLE_L) {
        out.add(p + stem);
      }
    }
    return out;
  }

  /** Words written with ى only by a writer who writes ى for a final ي (فى, الذى, التى), normalized. */
  private static final java.util.Set<String> MAKSURA_FOR_YEH = java.util.Set.of("في", "الذي", "التي", "وفي");
  private static final int TEH = 1;
  private static final int MAKSURA = 2;
  private static final char ALL = 'a';
  private static final char TEH_ONLY = 't';
  private static final char MAKSURA_ONLY = 'm';
  private static final char YEH_ONLY = 'y';

  /** Token counts and sequences of a corpus, in the counting representation (normalized, nothing removed). */
  private static final class Counter {
    private final Analyzer analyzer = FahrasAnalyzer.builder().counting(ts -> ts).build();
    private final Map<String, Integer> ids = new HashMap<>(1 << 18);
    private final List<String> words = new ArrayList<>();
    private int[] count = new int[1 << 16];
    /** Occurrences written with a final ة. */
    private int[] withTeh = new int[1 << 16];
    /** Occurrences written with a final ى. */
    private int[] withMaksura = new int[1 << 16];
    /** Each document as word ids, times four, plus one when written with ة, plus two when written with ى. */
    private final List<int[]> docs = new ArrayList<>();
    private long total;

    void add(String... texts) {
      int[] seq = new int[64];
      int n = 0;
      boolean maksuraForYeh = false;
      for (String text : texts) {
        if (text == null) {
          continue;
        }
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            if (term.length() == 0) {
              continue;
            }
            String word = term.toString();
            int id = id(word);
            boolean teh = (flags.getFlags() & ArabicNormalizationFilter.WRITTEN_TEH_MARBUTA) != 0;
            boolean maksura = (flags.getFlags() & ArabicNormalizationFilter.WRITTEN_ALEF_MAKSURA) != 0;
            count[id]++;
            if (teh) {
              withTeh[id]++;
            }
            if (maksura) {
              withMaksura[id]++;
              maksuraForYeh |= MAKSURA_FOR_YEH.contains(word);
            }
            total++;
            if (n == seq.length) {
              seq = java.util.Arrays.copyOf(seq, n * 2);
            }
            seq[n++] = id * 4 + (teh ? TEH : 0) + (maksura ? MAKSURA : 0);
          }
          ts.end();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (maksuraForYeh) {
        // a document that writes في, الذي or التي with ى writes ى for ي: its ى are no evidence of a word in ى
        for (int i = 0; i < n; i++) {
          if ((seq[i] & MAKSURA) != 0) {
            withMaksura[seq[i] >>> 2]--;
            seq[i] &= ~MAKSURA;
          }
        }
      }
      docs.add(java.util.Arrays.copyOf(seq, n));
    }

    private int id(String w) {
      Integer id = ids.get(w);
      if (id == null) {
        id = words.size();
        ids.put(w, id);
        words.add(w);
        if (id == count.length) {
          count = java.util.Arrays.copyOf(count, id * 2);
          withTeh = java.util.Arrays.copyOf(withTeh, id * 2);
          withMaksura = java.util.Arrays.copyOf(withMaksura, id * 2);
        }
      }
      return id;
    }

    /** Occurrences of {@code stem} with proclitics and the article, as {@code written} selects them. */
    private int stemCount(String stem, char written) {
      return occurrences(forms(stem), written);
    }

    /** Occurrences of {@code stem} written ى with the article (and its proclitics). */
    private int articleCount(String stem) {
      return occurrences(articleForms(stem), MAKSURA_ONLY);
    }

    /** Occurrences of the {@code forms}, as {@code written} selects them. */
    private int occurrences(List<String> forms, char written) {
      int n = 0;
      for (String f : forms) {
        Integer id = ids.get(f);
        if (id != null) {
          n += switch (written) {
            case TEH_ONLY -> withTeh[id];
            case MAKSURA_ONLY -> withMaksura[id];
            case YEH_ONLY -> count[id] - withMaksura[id];
            default -> count[id];
          };
        }
      }
      return n;
    }

    /** Whether an occurrence ({@code token} of a document) is one that {@code written} selects. */
    private static boolean selected(int token, char written) {
      return switch (written) {
        case TEH_ONLY -> (token & TEH) != 0;
        case MAKSURA_ONLY -> (token & MAKSURA) != 0;
        case YEH_ONLY -> (token & MAKSURA) == 0;
        default -> true;
      };
    }

    List<Candidate> measure() {
      // 1. candidates: a stem with its ending and the words it may be confused with, each seen MIN_COUNT times
      record Pending(String kept, String withEnding, char written, int nWith, List<String[]> others) {}
      List<Pending> pending = new ArrayList<>();
      // the words as they stand without the article (العملة: عمله), in the order first seen
      java.util.LinkedHashSet<String> stems = new java.util.LinkedHashSet<>();
      for (String w : words) {
        String stem = w;
        for (String a : ARTICLE_LONGEST_FIRST) {
          if (w.startsWith(a) && w.length() - a.length() >= 3) {
            stem = w.substring(a.length());
            break;
          }
        }
        stems.add(stem);
      }
      for (String w : stems) {
        int len = w.length();
        if (len < 3 || !isArabic(w)) {
          continue;
        }
        char last = w.charAt(len - 1);
        if (len == 3 && last == 'ي') {
          // a word of three letters in ى (قوى): compared with the word in ي only, as two letters make no stem
          int nMaksura = stemCount(w, MAKSURA_ONLY);
          if (nMaksura >= MIN_COUNT) {
            pending.add(new Pending(w.substring(0, 2) + "ى", w, MAKSURA_ONLY, nMaksura,
                stemCount(w, YEH_ONLY) >= MIN_COUNT ? List.<String[]>of(new String[] {w, "y"}) : List.of()));
          }
          continue;
        }
        if (len < 4) {
          continue;
        }
        if (last == 'ت' && w.charAt(len - 2) == 'ا' && w.charAt(len - 3) != 'ي' && len >= 5) {
          // a plural in ات whose singular in ة is rare (ملابسات, سماعات): another word than its bare stem (ملابس,
          // سماع)? Where the word in ة is seen MIN_COUNT times, its own judgment decides for its plural too
          String bare = w.substring(0, len - 2);
          int nWith = stemCount(w, ALL);
          if (nWith >= MIN_COUNT && stemCount(bare + "ه", TEH_ONLY) < MIN_COUNT
              && stemCount(bare, ALL) >= MIN_COUNT) {
            pending.add(new Pending(bare + "ه", w, ALL, nWith, List.<String[]>of(new String[] {bare, "a"})));
          }
        } else if (last == 'ه') {
          int nWith = stemCount(w, TEH_ONLY);
          if (w.charAt(len - 2) == 'ي') {
            continue; // ية: the stemmer keeps the nisba's ي (chain version 8), so رقمية is رقمي, never رقم
          }
          String bare = w.substring(0, len - 1);
          if (nWith >= MIN_COUNT && stemCount(bare, ALL) >= MIN_COUNT) {
            pending.add(new Pending(w, w, TEH_ONLY, nWith, List.<String[]>of(new String[] {bare, "a"})));
          }
        } else if (last == 'ي') {
          // a word in ي keeps it (chain version 8): only its occurrences written ى are judged
          String bare = w.substring(0, len - 1);
          // written with ى (قتلى, القوى): another word than the bare stem (قتل) and than the word in ي (قوي)?
          int nMaksura = stemCount(w, MAKSURA_ONLY);
          if (nMaksura >= MIN_COUNT) {
            List<String[]> others = new ArrayList<>();
            if (stemCount(bare, ALL) >= MIN_COUNT) {
              others.add(new String[] {bare, "a"});
            }
            if (stemCount(w, YEH_ONLY) >= MIN_COUNT) {
              others.add(new String[] {w, "y"});
            }
            // judged however rarely the others are seen: how often the letters are written ى and how often ي
            // is evidence of its own (MAKSURA_SHARE)
            pending.add(new Pending(bare + "ى", w, MAKSURA_ONLY, nMaksura, others));
          }
        }
      }
      // 2. which form belongs to which judged word (a form of two words counts for the first)
      Map<Integer, List<Integer>> rowsOfForm = new HashMap<>();
      Map<String, Integer> rows = new HashMap<>();
      List<Character> rowWritten = new ArrayList<>();
      for (Pending p : pending) {
        List<String[]> all = new ArrayList<>(p.others());
        all.add(0, new String[] {p.withEnding(), String.valueOf(p.written())});
        for (String[] r : all) {
          String key = r[0] + "\t" + r[1];
          if (rows.containsKey(key)) {
            continue;
          }
          int row = rows.size();
          rows.put(key, row);
          rowWritten.add(r[1].charAt(0));
          for (String f : forms(r[0])) {
            Integer id = ids.get(f);
            if (id != null) {
              rowsOfForm.computeIfAbsent(id, k -> new ArrayList<>(2)).add(row);
            }
          }
        }
      }
      // 3. context vectors, and for words in ة how often the word before is in ة too
      int[] agreeing = new int[rows.size()];
      int[] seen = new int[rows.size()];
      List<Map<Integer, Integer>> vectors = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        vectors.add(new HashMap<>());
      }
      for (int[] doc : docs) {
        for (int i = 0; i < doc.length; i++) {
          List<Integer> rowsHere = rowsOfForm.get(doc[i] >>> 2);
          if (rowsHere == null) {
            continue;
          }
          for (int row : rowsHere) {
            if (!selected(doc[i], rowWritten.get(row))) {
              continue;
            }
            seen[row]++;
            if (i > 0 && (doc[i - 1] & TEH) != 0) {
              agreeing[row]++;
            }
            Map<Integer, Integer> v = vectors.get(row);
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(doc.length - 1, i + WINDOW); j++) {
              if (j != i) {
                v.merge(doc[j] >>> 2, 1, Integer::sum);
              }
            }
          }
        }
      }
      List<Map<Integer, Double>> weighted = new ArrayList<>();
      for (Map<Integer, Integer> v : vectors) {
        weighted.add(ppmi(v));
      }
      List<Candidate> out = new ArrayList<>();
      for (Pending p : pending) {
        int a = rows.get(p.withEnding() + "\t" + p.written());
        // the closest of the words it may be confused with decides
        double similarity = 0;
        String closest = null;
        int nClosest = 0;
        for (String[] o : p.others()) {
          double c = cosine(weighted.get(a), weighted.get(rows.get(o[0] + "\t" + o[1])));
          if (closest == null || c > similarity) {
            similarity = c;
            closest = o[0];
            nClosest = stemCount(o[0], o[1].charAt(0));
          }
        }
        double agreement = p.written() == TEH_ONLY && seen[a] > 0 ? (double) agreeing[a] / seen[a] : Double.NaN;
        if (p.written() == MAKSURA_ONLY) {
          // a word in ى: its similarity is the closest's, its bare column the same letters written ي, with their count
          out.add(new Candidate(p.kept(), p.withEnding(), p.withEnding(), p.nWith(),
              stemCount(p.withEnding(), YEH_ONLY), closest == null ? Double.NaN : similarity, agreement,
              (double) articleCount(p.withEnding()) / p.nWith()));
          continue;
        }
        out.add(new Candidate(p.kept(), closest, p.withEnding(), p.nWith(), nClosest, similarity, agreement));
      }
      return out;
    }

    private Map<Integer, Double> ppmi(Map<Integer, Integer> v) {
      long sum = 0;
      for (int n : v.values()) {
        sum += n;
      }
      Map<Integer, Double> out = new HashMap<>();
      for (Map.Entry<Integer, Integer> e : v.entrySet()) {
        double pmi = Math.log(((double) e.getValue() / sum) / ((double) count[e.getKey()] / total));
        if (pmi > 0) {
          out.put(e.getKey(), pmi);
        }
      }
      return out;
    }
  }

  static double cosine(Map<Integer, Double> x, Map<Integer, Double> y) {
    if (x.size() > y.size()) {
      Map<Integer, Double> t = x;
      x = y;
      y = t;
    }
    double dot = 0;
    for (Map.Entry<Integer, Double> e : x.entrySet()) {
      Double o = y.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    double nx = 0;
    double ny = 0;
    for (double d : x.values()) {
      nx += d * d;
    }
    for (double d : y.values()) {
      ny += d * d;
    }
    return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
  }

  private static boolean isArabic(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 0x0621 || c > 0x064A) {
        return false;
      }
    }
    return true;
  }
}
