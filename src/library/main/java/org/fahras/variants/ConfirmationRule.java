package org.fahras.variants;

import static org.fahras.variants.Thresholds.BASE_MARGIN;
import static org.fahras.variants.Thresholds.COMMON_COUNT;
import static org.fahras.variants.Thresholds.COMMON_SOURCES;
import static org.fahras.variants.Thresholds.FAMILY_CONTEXT;
import static org.fahras.variants.Thresholds.FOREIGN_CONTEXT;
import static org.fahras.variants.Thresholds.FOREIGN_CONTEXT_WITH_SOURCES;
import static org.fahras.variants.Thresholds.FOREIGN_SOURCES;
import static org.fahras.variants.Thresholds.G_CONTEXT;
import static org.fahras.variants.Thresholds.G_NATIVE;
import static org.fahras.variants.Thresholds.LOANWORD_CONTEXT;
import static org.fahras.variants.Thresholds.LOANWORD_SOURCES;
import static org.fahras.variants.Thresholds.LONG_G_CONTEXT;
import static org.fahras.variants.Thresholds.LONG_SKELETON;
import static org.fahras.variants.Thresholds.LOOSE_CONTEXT;
import static org.fahras.variants.Thresholds.LOOSE_CONTEXT_WITH_SOURCES;
import static org.fahras.variants.Thresholds.LOOSE_SCORE;
import static org.fahras.variants.Thresholds.MIXED_CONTEXT;
import static org.fahras.variants.Thresholds.MIXED_CONTEXT_WITH_SOURCES;
import static org.fahras.variants.Thresholds.MIXED_SOURCES;
import static org.fahras.variants.Thresholds.NATIVE;
import static org.fahras.variants.Thresholds.NATIVE_CONTEXT;
import static org.fahras.variants.Thresholds.NATIVE_SOURCES;
import static org.fahras.variants.Thresholds.RARE_CONTEXT;
import static org.fahras.variants.Thresholds.RARE_COUNT;
import static org.fahras.variants.Thresholds.RARE_SOURCES;
import static org.fahras.variants.Thresholds.SHORT_CONTEXT;
import static org.fahras.variants.Thresholds.SHORT_NATIVE;
import static org.fahras.variants.Thresholds.SHORT_SKELETON;
import static org.fahras.variants.Thresholds.VOWEL_ALIKE_CONTEXT;
import static org.fahras.variants.Thresholds.VOWEL_ARTICLE_CONTEXT;
import static org.fahras.variants.Thresholds.VOWEL_ARTICLE_NATIVE;
import static org.fahras.variants.Thresholds.VOWEL_CONTEXT;

/**
 * The rules that confirm or reject a candidate pair on its {@link PairEvidence}, in the order they are tried: the
 * first that decides, decides ({@link #decide}); the last three, the general rules by nativeness, always do. How
 * much evidence is asked depends on the kind of difference and on whether the words behave as ordinary Arabic words:
 * a difference of غ/ج alone, or of one long vowel in a long word, needs less; words of three consonants or fewer
 * need more; loose pairs must be names. Precision first: a wrong merge is worse than a missed variant. The
 * thresholds are in {@link Thresholds}.
 */
enum ConfirmationRule {
  /**
   * Rejects two common spellings that every source uses alike: two words (محمد / محمود, حسن / حسين, لهذا / لهذه), as
   * a newsroom keeps to its own spelling of a name, so real variants split by source.
   */
  COMMON_WORDS {
    @Override
    Outcome apply(PairEvidence e) {
      return e.rarer() >= COMMON_COUNT && e.divergence() < COMMON_SOURCES ? Outcome.REJECT : Outcome.NEXT;
    }
  },
  /**
   * Rejects a clitic-looking form (بيونج: ب + يونج) unless it is a غ/ج spelling used more like its partner than
   * like its base.
   */
  CLITIC {
    @Override
    Outcome apply(PairEvidence e) {
      return e.clitic() && !(e.gOnly() && e.context() >= e.baseContext() + BASE_MARGIN) ? Outcome.REJECT
          : Outcome.NEXT;
    }
  },
  /** Decides a {@link Candidates.Kind#SHORT} pair: only غ/ج differing, not native words, alike contexts. */
  SHORT {
    @Override
    Outcome apply(PairEvidence e) {
      if (e.kind() != Candidates.Kind.SHORT) {
        return Outcome.NEXT;
      }
      return decided(e.gOnly() && e.nativeMax() < SHORT_NATIVE && e.context() >= SHORT_CONTEXT);
    }
  },
  /**
   * Decides a {@link Candidates.Kind#LOOSE} pair: the loose skeleton joins ordinary words (مصر / مشيرا, بعيدا /
   * بعدها), so names only (not native, no article, no pronoun ending, five letters or more, at most two letters
   * apart), with alike contexts, or somewhat alike ones and complementary sources.
   */
  LOOSE {
    @Override
    Outcome apply(PairEvidence e) {
      if (e.kind() != Candidates.Kind.LOOSE) {
        return Outcome.NEXT;
      }
      String a = e.a();
      String b = e.b();
      if (e.nativeMax() >= NATIVE || Math.min(a.length(), b.length()) < 5 || Skeleton.distance(a, b) > 2
          || a.startsWith("ال") || b.startsWith("ال") || pronounEnding(a) || pronounEnding(b)) {
        return Outcome.REJECT;
      }
      double c = e.context();
      return decided(c >= LOOSE_CONTEXT
          || (c >= LOOSE_CONTEXT_WITH_SOURCES && c + FOREIGN_SOURCES * e.divergence() >= LOOSE_SCORE));
    }
  },
  /**
   * Confirms a difference of غ/ج alone between words that are not native through and through, on weak context
   * (غوميز / جوميز), weaker still in six consonants or more (انفوغرافيك / انفوجرافيك).
   */
  G_ONLY {
    @Override
    Outcome apply(PairEvidence e) {
      return e.gOnly() && e.nativeMax() < G_NATIVE
          && e.context() >= (e.consonants() >= LONG_SKELETON ? LONG_G_CONTEXT : G_CONTEXT)
          ? Outcome.CONFIRM : Outcome.NEXT;
    }
  },
  /**
   * Rejects words of three consonants or fewer more than two letters apart: another word, however alike the
   * contexts (الخامسه / الخميس).
   */
  SHORT_AND_FAR {
    @Override
    Outcome apply(PairEvidence e) {
      return e.consonants() <= 3 && Skeleton.distance(e.a(), e.b()) > 2 ? Outcome.REJECT : Outcome.NEXT;
    }
  },
  /**
   * Confirms one long vowel in five consonants or more, used alike, whatever the other forms (تلغراف / تليغراف:
   * both take ال); never a form-X verb and its noun (استهداف / استهدف).
   */
  VOWEL_ALIKE {
    @Override
    Outcome apply(PairEvidence e) {
      return e.oneVowel() && e.consonants() >= 5 && e.context() >= VOWEL_ALIKE_CONTEXT && !e.formTen()
          ? Outcome.CONFIRM : Outcome.NEXT;
    }
  },
  /**
   * Confirms one long vowel in five consonants or more between words that are not native (مانهاتن / منهاتن), on
   * some shared context; with the article, a little more, and hardly native at all.
   */
  VOWEL_NAME {
    @Override
    Outcome apply(PairEvidence e) {
      if (e.oneVowel() && e.consonants() >= 5 && e.nativeMax() < NATIVE && !e.formTen()) {
        if (e.article() ? e.nativeMax() < VOWEL_ARTICLE_NATIVE && e.context() >= VOWEL_ARTICLE_CONTEXT
            : e.context() >= VOWEL_CONTEXT) {
          return Outcome.CONFIRM;
        }
      }
      return Outcome.NEXT;
    }
  },
  /**
   * Confirms a long loanword that takes Arabic forms (تلفزيون / تليفزيون, كمبيوتر / كومبيوتر): one long vowel or
   * غ/ج in five consonants or more, alike contexts and somewhat complementary sources.
   */
  LOANWORD {
    @Override
    Outcome apply(PairEvidence e) {
      return (e.oneVowel() || e.gOnly()) && e.consonants() >= 5 && e.context() >= LOANWORD_CONTEXT
          && e.divergence() >= LOANWORD_SOURCES ? Outcome.CONFIRM : Outcome.NEXT;
    }
  },
  /**
   * Confirms a rare spelling of a name, which has few neighbours to compare (شانغهاي, 5 times, / شنغهاي): one long
   * vowel or غ/ج in four consonants or more, not native, no article, not a short verb or possessive in ت or ك
   * (طردت / طاردت), somewhat alike contexts and somewhat complementary sources.
   */
  RARE_NAME {
    @Override
    Outcome apply(PairEvidence e) {
      return (e.oneVowel() || e.gOnly()) && e.consonants() >= 4 && e.nativeMax() < NATIVE && e.rarer() <= RARE_COUNT
          && e.context() >= RARE_CONTEXT && e.divergence() >= RARE_SOURCES && !e.article()
          && !verbOrPossessive(e.a()) && !verbOrPossessive(e.b()) ? Outcome.CONFIRM : Outcome.NEXT;
    }
  },
  /** Decides a pair of two native words (امريكي / اميركي): alike contexts and clearly complementary sources. */
  BOTH_NATIVE {
    @Override
    Outcome apply(PairEvidence e) {
      if (!(e.nativeA() >= NATIVE && e.nativeB() >= NATIVE)) {
        return Outcome.NEXT;
      }
      return decided(generalContext(e) >= NATIVE_CONTEXT && e.divergence() >= NATIVE_SOURCES);
    }
  },
  /** Decides a pair of two words neither native: alike contexts, or less alike with complementary sources. */
  NEITHER_NATIVE {
    @Override
    Outcome apply(PairEvidence e) {
      if (e.nativeA() >= NATIVE || e.nativeB() >= NATIVE) {
        return Outcome.NEXT;
      }
      double c = generalContext(e);
      return decided(c >= FOREIGN_CONTEXT
          || (c >= FOREIGN_CONTEXT_WITH_SOURCES && c + FOREIGN_SOURCES * e.divergence() >= FOREIGN_CONTEXT));
    }
  },
  /** Decides a pair of one native word and one not: as {@link #NEITHER_NATIVE}, stricter. */
  ONE_NATIVE {
    @Override
    Outcome apply(PairEvidence e) {
      double c = generalContext(e);
      return decided(c >= MIXED_CONTEXT || (c >= MIXED_CONTEXT_WITH_SOURCES && e.divergence() >= MIXED_SOURCES));
    }
  };

  /** What a rule says of a pair: confirmed, rejected, or not its to decide. */
  enum Outcome {
    CONFIRM, REJECT, NEXT
  }

  /** The rule's say on {@code e}. */
  abstract Outcome apply(PairEvidence e);

  /**
   * The rule that decided a pair, and its decision.
   *
   * @param rule the first rule that decided
   * @param confirmed whether it confirmed the pair
   */
  record Decision(ConfirmationRule rule, boolean confirmed) {}

  /** The first rule that decides {@code e}, and how. */
  static Decision decide(PairEvidence e) {
    for (ConfirmationRule r : values()) {
      Outcome o = r.apply(e);
      if (o != Outcome.NEXT) {
        return new Decision(r, o == Outcome.CONFIRM);
      }
    }
    throw new AssertionError("ONE_NATIVE decides every pair");
  }

  /** Whether the rules confirm {@code e}. */
  static boolean confirms(PairEvidence e) {
    return decide(e).confirmed();
  }

  /**
   * Whether the bare forms of a pair confirmed with the article (الديمقراطيه / الديموقراطيه), candidates by
   * {@link Candidates#bareCandidate}, are confirmed too: their contexts, at {@code context}, are alike enough.
   */
  static boolean confirmsBareForms(double context) {
    return context >= FAMILY_CONTEXT;
  }

  private static Outcome decided(boolean confirmed) {
    return confirmed ? Outcome.CONFIRM : Outcome.REJECT;
  }

  /**
   * The context similarity the general rules read: a doubled long vowel (هوليوود / هوليود) is one letter more, not
   * another pattern of three consonants, so it is judged as a longer word; three consonants or fewer, many Arabic
   * words share them: the context must say {@link Thresholds#SHORT_SKELETON} more.
   */
  static double generalContext(PairEvidence e) {
    int skeleton = e.consonants();
    if (Skeleton.doubledVowel(e.a(), e.b())) {
      skeleton = Math.max(4, skeleton);
    }
    double context = e.context();
    if (skeleton <= 3) {
      context -= SHORT_SKELETON;
    }
    return context;
  }

  /** A short word in ت or ك: a verb's past (طردت / طاردت) or a noun with "your" (علمك / عالمك), not a name. */
  private static boolean verbOrPossessive(String w) {
    return w.length() <= 6 && (w.endsWith("ت") || w.endsWith("ك"));
  }

  private static boolean pronounEnding(String w) {
    return w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هن") || w.endsWith("هما");
  }
}
