package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fahras.document.Article;
import org.junit.jupiter.api.Test;

/** Candidate generation: {@link Candidates#classify}, the one rule of build and explain, on words written here. */
class CandidatesTest {

  private static Candidates.Word word(String form, int count) {
    return new Candidates.Word(form, count, Skeleton.of(form), Skeleton.loose(form), null);
  }

  private static Candidates.Word clitic(String form, int count, String base) {
    return new Candidates.Word(form, count, Skeleton.of(form), Skeleton.loose(form), base);
  }

  private static Candidates.Verdict classify(Candidates.Word a, Candidates.Word b) {
    return Candidates.classify(a, b, 5);
  }

  @Test
  void kindsOfCandidates() {
    assertEquals(Candidates.Kind.STRICT, classify(word("ترامب", 10), word("ترمب", 10)).kind());
    assertEquals(Candidates.Kind.SHORT, classify(word("فيغو", 10), word("فيجو", 10)).kind());
    assertEquals(Candidates.Kind.LOOSE, classify(word("هولاند", 10), word("اولاند", 10)).kind());
  }

  @Test
  void whyTwoWordsAreNoCandidate() {
    assertEquals("seen fewer than 5 times", classify(word("ترامب", 10), word("ترمب", 4)).notCandidate());
    assertEquals("not two Arabic words of three letters or more",
        classify(word("trump", 10), word("ترمب", 10)).notCandidate());
    assertEquals("two consonants that differ by more than غ/ج",
        classify(word("قول", 10), word("قال", 10)).notCandidate());
    assertEquals("no shared skeleton", classify(word("ترامب", 10), word("بايدن", 10)).notCandidate());
    assertEquals("lengths differ by more than two letters",
        classify(word("كتب", 10), word("كاتيبو", 10)).notCandidate());
    assertEquals("both look like clitic or inflected forms",
        classify(clitic("بيونغ", 10, "يونغ"), clitic("بيونج", 10, "يونج")).notCandidate());
    assertTrue(classify(clitic("بيونغ", 10, "يونغ"), word("بيونج", 10)).isCandidate()); // one may
    assertEquals("an inflection or clitic pair of one word",
        classify(word("لاعبون", 10), word("لاعبين", 10)).notCandidate());
  }

  @Test
  void bareFormsOfAPairWithTheArticleAreCandidatesWhenOneVowelOrGApart() {
    assertTrue(Candidates.bareCandidate("ديمقراطيه", "ديموقراطيه", 5, 5, 5));
    assertTrue(Candidates.bareCandidate("انفوغرافيك", "انفوجرافيك", 5, 5, 5));
    assertFalse(Candidates.bareCandidate("ديمقراطيه", "ديموقراطيه", 5, 4, 5)); // seen too rarely
    assertFalse(Candidates.bareCandidate("بطرسبرغ", "بترسبرغ", 5, 5, 5)); // ت/ط: not one vowel or غ/ج
    assertFalse(Candidates.bareCandidate("فيغو", "فيجو", 5, 5, 5)); // two consonants
  }

  @Test
  void aCliticLookingFormHasTheMoreFrequentWordItIsWrittenOnAsItsBase() {
    Corpus corpus = new Corpus();
    for (int i = 0; i < 3; i++) {
      corpus.add(Article.builder("a" + i).body("يونغ يونغ بيونغ عاصمه").build());
    }
    assertEquals("يونغ", Candidates.inflectedBase("بيونغ", corpus)); // ب + a word seen more often
    assertNull(Candidates.inflectedBase("يونغ", corpus));
    assertNull(Candidates.inflectedBase("عاصمه", corpus)); // عاصم never seen
  }

  @Test
  void generateBucketsTheWordsAndClassifiesEachPairOnce() {
    Corpus corpus = new Corpus();
    for (int i = 0; i < 5; i++) {
      // ترامب / ترمب: one skeleton; غوتيريش / غوتيريس: one loose skeleton; بترمب: ب + ترمب; تريمب seen 4 times
      corpus.add(Article.builder("a" + i).body("ترامب ترمب غوتيريش غوتيريس بترمب" + (i > 0 ? " تريمب" : ""))
          .build());
    }
    Map<Integer, Integer> baseOf = new HashMap<>();
    List<Candidates.Pair> pairs = Candidates.generate(corpus, 5, baseOf);
    Map<String, Candidates.Kind> found = new HashMap<>();
    for (Candidates.Pair p : pairs) {
      found.put(corpus.word(p.a()) + "/" + corpus.word(p.b()), p.kind());
    }
    assertEquals(2, pairs.size()); // each pair once, though met in both bucket maps
    assertEquals(Map.of("ترامب/ترمب", Candidates.Kind.STRICT, "غوتيريش/غوتيريس", Candidates.Kind.LOOSE), found);
    // بترمب looks like ب + ترمب (as frequent): a clitic-looking form, its base noted
    assertEquals(Map.of(corpus.id("بترمب"), corpus.id("ترمب")), baseOf);
  }
}
