package org.fahras.search.engine;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.fahras.analysis.AnalysisChain;

/**
 * The written forms of the variant spellings a search names in its "also searched" note ({@link Pages}), kept per
 * index reader. Finding one costs a search, a stored body read and its analysis ({@link Suggestions#surfaceForm}):
 * 4.7 % of the time of two-word searches from ANT titles (JFR), for the same few hundred spellings again and again.
 * A reader's forms are dropped when it closes (its closed listener), so a form is always one the searched articles
 * write; at most {@link #MAX_PER_READER} are kept per reader, further ones are computed each time.
 */
final class SurfaceForms {
  private SurfaceForms() {}

  static final int MAX_PER_READER = 4096;

  private static final Map<IndexReader.CacheKey, Map<String, String>> BY_READER = new ConcurrentHashMap<>();

  /** The written form of the exact {@code term} in {@code searcher}'s articles (the term when none shows it). */
  static String of(IndexSearcher searcher, AnalysisChain chain, String term) throws IOException {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    Map<String, String> forms = helper == null ? null : BY_READER.get(helper.getKey());
    if (forms == null && helper != null) {
      forms = BY_READER.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
      try {
        helper.addClosedListener(BY_READER::remove);
      } catch (AlreadyClosedException e) {
        BY_READER.remove(helper.getKey());
        forms = null;
      }
    }
    String form = forms == null ? null : forms.get(term);
    if (form == null) {
      form = Suggestions.surfaceForm(searcher, Fields.wordFormAnalyzer(chain), Fields.wordFormFields(chain)[1], term);
      if (forms != null && forms.size() < MAX_PER_READER) {
        forms.put(term, form);
      }
    }
    return form;
  }

  /** How many readers have forms kept (for tests: a closed reader's are gone). */
  static int readers() {
    return BY_READER.size();
  }
}
