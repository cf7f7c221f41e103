package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fahras.eval.Topics;
import org.fahras.testdata.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The query-kind classifier on labelled examples, and its rates on the dev sets' topics (issue 24). */
class QueryKindTest {
  @Test
  void labelledExamples() {
    String[][] cases = {
        // questions with and without a question mark, after a list dash, a preposition or a conjunction
        {"- من هو جمال أحمد حمزة خاشقجي؟", "question"},
        {"متى ولد نجيب محفوظ", "question"},
        {"في أي مدينة ولد خاشقجي", "question"},
        {"إلى أي مدى ارتفع سعر النفط", "question"},
        {"منذ متى يحكم بوتين روسيا", "question"},
        {"وكيف رد البيت الأبيض", "question"},
        {"ما هي عاصمة أستراليا", "question"},
        {"ماهي أسباب الحرب العالمية الأولى", "question"},
        {"هل فاز ليفربول", "question"},
        {"كم عدد سكان مصر", "question"},
        {"لماذا ارتفع الدولار", "question"},
        {"من هي أول امرأة فازت بجائزة نوبل", "question"},
        {"ترامب يلتقي بوتين?", "question"},
        // headlines that begin with a word that can ask, but does not here
        {"من القاهرة: افتتاح المتحف المصري الكبير", "headline"},
        {"لم يعد الدولار ملاذا آمنا في الأزمة الحالية", "headline"},
        {"ما زال التحقيق في مقتل خاشقجي مستمرا", "headline"},
        {"ما لا تعرفه عن محمد صلاح نجم ليفربول", "headline"},
        // keywords and names
        {"ترامب", "keywords"},
        {"محمد صلاح", "keywords"},
        {"العملات الرقمية", "keywords"},
        {"من", "keywords"},
        {"كأس العالم روسيا 2018", "keywords"},
        // headlines
        {"رسميا : سامسونغ تعلن سبب انفجار \"نوت 7\"", "headline"},
        {"جوائز الدورة 18 لأيام قرطاج المسرحية", "headline"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], QueryKind.of(c[0]).toString(), c[0]);
    }
  }

  /** A question gets the questions' ranking unless the request names one; other chains keep theirs. */
  @Test
  void aQuestionIsRankedAsOne() {
    ArticleSearcher fahras = new ArticleSearcher(org.fahras.analysis.AnalysisChain.forName("fahras"),
        org.fahras.search.Ranking.NO_VARIANTS);
    assertEquals(org.fahras.search.Ranking.QUESTION_PROXIMITY_WEIGHT,
        fahras.rankingOf(org.fahras.search.SearchRequest.of("متى ولد نجيب محفوظ")).proximityWeight());
    assertEquals(org.fahras.search.Ranking.QUESTION_ONE_TEXT_WEIGHT,
        fahras.rankingOf(org.fahras.search.SearchRequest.of("متى ولد نجيب محفوظ")).oneTextWeight());
    assertEquals(0f, fahras.rankingOf(org.fahras.search.SearchRequest.of("نجيب محفوظ")).oneTextWeight());
    assertEquals(org.fahras.search.Ranking.DEFAULT.proximityWeight(),
        fahras.rankingOf(org.fahras.search.SearchRequest.of("نجيب محفوظ")).proximityWeight());
    org.fahras.search.Ranking named = org.fahras.search.Ranking.parse("proximity=0.2");
    assertEquals(0.2f, fahras.rankingOf(org.fahras.search.SearchRequest.builder("متى ولد نجيب محفوظ")
        .ranking(named).build()).proximityWeight());
    ArticleSearcher noProximity = new ArticleSearcher(
        org.fahras.analysis.AnalysisChain.forName("fahras-no-proximity"), org.fahras.search.Ranking.NO_VARIANTS);
    assertEquals(false, noProximity.rankingOf(org.fahras.search.SearchRequest.of("متى ولد نجيب محفوظ")).proximity());
  }

  /** Nearly every arcd and xquad-ar topic is a question, nearly no headlines-jawhara topic is. */
  @Test
  @Tag("data")
  void ratesOnTheDevSets() throws IOException {
    Path eval = SharedData.DATA.resolve("eval");
    assumeTrue(Files.isDirectory(eval), "no dev sets at " + eval);
    double arcd = questionShare(eval.resolve("arcd/topics.tsv"));
    double xquad = questionShare(eval.resolve("xquad-ar/topics.tsv"));
    double headlines = questionShare(eval.resolve("headlines-jawhara/topics.tsv"));
    System.out.printf("QueryKindTest: questions arcd %.4f, xquad-ar %.4f, headlines-jawhara %.4f%n", arcd, xquad,
        headlines);
    assertTrue(arcd >= 0.99 && xquad >= 0.98, arcd + " " + xquad);
    assertTrue(headlines <= 0.03, String.valueOf(headlines));
  }

  private static double questionShare(Path topics) throws IOException {
    Map<String, String> t = Topics.read(topics);
    return t.values().stream().filter(q -> QueryKind.of(q) == QueryKind.QUESTION).count() / (double) t.size();
  }
}
