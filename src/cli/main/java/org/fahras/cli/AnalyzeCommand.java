package org.fahras.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fahras.analysis.AnalysisChain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fahras analyze}: each token of a text as a chain makes it, {@code term<TAB>start<TAB>end}, as Elasticsearch's {@code _analyze} shows it. */
@Command(name = "analyze")
final class AnalyzeCommand implements CliCommand {
  @Option(names = "--analyzer", paramLabel = "fahras|stock") String analyzerName = "fahras";
  @Option(names = "--exact") boolean exact;
  @Parameters(paramLabel = "TEXT|-", hideParamSyntax = true) List<String> words = new java.util.ArrayList<>();

  private final InputStream in;
  private final PrintStream out;

  AnalyzeCommand(InputStream in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  @Override
  public int run() throws IOException {
    String text;
    if (words.size() == 1 && words.get(0).equals("-")) {
      text = Main.readUtf8(in, "standard input");
    } else if (words.isEmpty()) {
      throw new UsageException("analyze: give TEXT, or - to read standard input");
    } else {
      text = String.join(" ", words);
    }
    AnalysisChain chain;
    try {
      chain = AnalysisChain.forName(analyzerName);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--analyzer: " + e.getMessage());
    }
    if (exact && !chain.hasExact()) {
      throw new UsageException("analyze: analyzer \"" + analyzerName + "\" has no exact representation");
    }
    Analyzer analyzer = exact ? chain.exact() : chain.stemmed();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.println(term + "\t" + offset.startOffset() + "\t" + offset.endOffset());
      }
      ts.end();
    }
    return 0;
  }

}
