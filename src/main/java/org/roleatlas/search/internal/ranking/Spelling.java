package org.roleatlas.search.internal.ranking;

import org.roleatlas.search.internal.Fields;
import org.roleatlas.search.internal.TextQuery;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query with each word the index does not have replaced by the closest word it has (Lucene's
 * {@link DirectSpellChecker} over the unstemmed {@link Fields#SPELL} vocabulary, preferring the more common of
 * equally close words). Quotes and every other character stay as typed, so a phrase with a typo gets its corrected
 * phrase.
 */
public final class Spelling {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Spelling() {
    }

    /** The corrected query, or null when every word is known or none has a close enough neighbour. */
    public static String correct(IndexSearcher searcher, Analyzer analyzer, String text, Predicate<String> indexed)
            throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        int last = 0;
        while (words.find()) {
            String word = words.group();
            corrected.append(text, last, words.start());
            last = words.end();
            String replacement = word;
            var terms = TextQuery.tokens(analyzer, word);
            if (terms.size() == 1 && !indexed.test(terms.get(0)) && word.length() >= 3) {
                String folded = TextQuery.tokens(analyzer, Fields.SPELL, word).stream().findFirst().orElse("");
                SuggestWord[] suggestions = checker.suggestSimilar(new Term(Fields.SPELL, folded), 1,
                        searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = sameCase(word, suggestions[0].string);
                    changed = true;
                }
            }
            corrected.append(replacement);
        }
        corrected.append(text.substring(last));
        return changed ? corrected.toString() : null;
    }

    /** The suggestion written as the word was: capitalised or in capitals if it was. */
    private static String sameCase(String typed, String suggestion) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
