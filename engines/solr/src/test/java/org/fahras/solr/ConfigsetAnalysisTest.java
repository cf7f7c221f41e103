package org.fahras.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fahras.analysis.FahrasAnalyzer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset's field types, built by their SPI names exactly as Solr builds them (char filters, tokenizer and
 * filters with their attributes), give the library's tokens, offsets and positions on Solr's Lucene for each tricky
 * string.
 */
class ConfigsetAnalysisTest {
  static final String[] TRICKY = {
      "الْكِتَابُ وبالكتاب فللمدينة كالعادة للمدرسة",
      "ســـوق مسؤول مسئول أحمد إسلام آمال ٱلله مستشفى",
      "کتاب یوم ہدیہ ۃ گوگل",
      "عام ٢٠١٨ و۱۹۹۹ Macron Émile",
      "\u200fالمهرجان\u200f مصر\u200e \u2067تونس\u2069 عر\u200dبي",
      "ﻣﺆﺗﻤﺮ ﻻﻋﺐ كتابهم بلادنا معلماتهم مكتبتها بمدينتهم لبنان",
      "#دونالد_ترمب snake_case ترمب＿دونالد وبالكتاب‿الجديد",
  };

  static Map<String, Analyzer> fieldTypes() throws Exception {
    Map<String, Analyzer> out = new LinkedHashMap<>();
    try (InputStream in = ConfigsetAnalysisTest.class.getResourceAsStream("/configset/fahras/conf/managed-schema.xml")) {
      NodeList types = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
          .getElementsByTagName("fieldType");
      for (int i = 0; i < types.getLength(); i++) {
        Element type = (Element) types.item(i);
        NodeList analyzers = type.getElementsByTagName("analyzer");
        if (analyzers.getLength() == 0) {
          continue;
        }
        Element analyzer = (Element) analyzers.item(0);
        CustomAnalyzer.Builder b = CustomAnalyzer.builder();
        NodeList charFilters = analyzer.getElementsByTagName("charFilter");
        for (int c = 0; c < charFilters.getLength(); c++) {
          Element charFilter = (Element) charFilters.item(c);
          b.addCharFilter(charFilter.getAttribute("name"), params(charFilter));
        }
        Element tokenizer = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
        b.withTokenizer(tokenizer.getAttribute("name"), params(tokenizer));
        NodeList filters = analyzer.getElementsByTagName("filter");
        for (int f = 0; f < filters.getLength(); f++) {
          Element filter = (Element) filters.item(f);
          b.addTokenFilter(filter.getAttribute("name"), params(filter));
        }
        out.put(type.getAttribute("name"), b.build());
      }
    }
    return out;
  }

  static Map<String, String> params(Element e) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      String k = e.getAttributes().item(i).getNodeName();
      if (!k.equals("name")) {
        p.put(k, e.getAttributes().item(i).getNodeValue());
      }
    }
    return p;
  }

  /** Each token's term, offsets and position increment. */
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t + " " + o.startOffset() + "-" + o.endOffset() + " +" + p.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void configsetFieldTypesGiveTheLibrarysTokens() throws Exception {
    Map<String, Analyzer> types = fieldTypes();
    try (Analyzer stemmed = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer exact = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE)) {
      for (String text : TRICKY) {
        assertFalse(tokens(stemmed, text).isEmpty());
        assertEquals(tokens(stemmed, text), tokens(types.get("text_fahras"), text), text);
        assertEquals(tokens(exact, text), tokens(types.get("text_fahras_exact"), text), text);
      }
    }
  }

  /** The tests run on the Lucene the build asked for (10.3.2, Solr 10's), not on a newer one pulled in. */
  @Test
  void runsOnTheRequestedLucene() {
    assertEquals(System.getProperty("fahras.expected.lucene"), org.apache.lucene.util.Version.LATEST.toString());
  }
}
