package org.roleatlas.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes index terms, for documents and queries alike: Lucene's English analysis (possessives, lower case,
 * stop words, Porter stems) with accents folded to plain letters first, so "Kölsch" and "Kolsch", "Weißbier" and
 * "Weissbier" are the same word. The {@link Fields#SPELL} field keeps whole, unstemmed words (folded the same way):
 * the vocabulary "did you mean" picks its corrections from.
 */
final class SearchAnalyzer extends Analyzer {

    private final boolean stem;

    private SearchAnalyzer(boolean stem) {
        this.stem = stem;
    }

    static Analyzer create() {
        SearchAnalyzer stemmed = new SearchAnalyzer(true);
        SearchAnalyzer words = new SearchAnalyzer(false);
        return new org.apache.lucene.analysis.DelegatingAnalyzerWrapper(PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return Fields.SPELL.equals(fieldName) ? words : stemmed;
            }
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (stem) {
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
