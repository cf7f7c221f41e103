package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's stock Arabic chain with Snowball's Arabic stemmer in place of Lucene's light stemmer: the second
 * baseline of the relevance table (chain name {@code snowball}).
 */
final class StockSnowballAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream ts = new LowerCaseFilter(source);
    ts = new DecimalDigitFilter(ts);
    ts = new StopFilter(ts, ArabicAnalyzer.getDefaultStopSet());
    ts = new ArabicNormalizationFilter(ts);
    ts = new SnowballFilter(ts, new org.tartarus.snowball.ext.ArabicStemmer());
    return new TokenStreamComponents(source, ts);
  }
}
