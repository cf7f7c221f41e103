package org.fahras.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The README's {@code CustomAnalyzer} block builds as written (issue 26, point 9) and gives the tokens of the
 * library's stemmed field: each {@code addCharFilter}, {@code withTokenizer} and {@code addTokenFilter} call of
 * the block is replayed with its arguments.
 */
public class ReadmeAnalyzerTest extends BaseTokenStreamTestCase {
  static final Path README = Path.of(System.getProperty("fahras.basedir", "."), "README.md");
  static final Pattern CALL = Pattern.compile("\\.(addCharFilter|withTokenizer|addTokenFilter)\\(([^)]*)\\)");

  static Analyzer fromReadme() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf("CustomAnalyzer.builder()");
    assertTrue("the README has a CustomAnalyzer block", at >= 0);
    String block = readme.substring(at, readme.indexOf(".build();", at));
    CustomAnalyzer.Builder b = CustomAnalyzer.builder();
    Matcher m = CALL.matcher(block);
    int calls = 0;
    while (m.find()) {
      List<String> args = new ArrayList<>();
      for (String a : m.group(2).split(",")) {
        String t = a.strip();
        assertTrue("a string literal: " + t, t.startsWith("\"") && t.endsWith("\""));
        args.add(t.substring(1, t.length() - 1));
      }
      String name = args.get(0);
      String[] params = args.subList(1, args.size()).toArray(String[]::new);
      switch (m.group(1)) {
        case "addCharFilter" -> b.addCharFilter(name, params);
        case "withTokenizer" -> b.withTokenizer(name, params);
        default -> b.addTokenFilter(name, params);
      }
      calls++;
    }
    assertEquals("every step of the block was read", 9, calls);
    return b.build();
  }

  public void testTheReadmeChainGivesTheStemmedFieldsTokens() throws IOException {
    String text = "أعلنت الوزارةُ أنّ ٢٠١٨ كان عامًا للمكتبات في #دونالد_ترمب والوزارة Café";
    try (Analyzer readme = fromReadme(); Analyzer library = AnalysisChain.forName("fahras").stemmed()) {
      List<String> expected = new ArrayList<>();
      try (var ts = library.tokenStream("body", text)) {
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          expected.add(term.toString());
        }
        ts.end();
      }
      assertTrue(expected.size() > 5);
      assertAnalyzesTo(readme, text, expected.toArray(String[]::new));
    }
  }
}
