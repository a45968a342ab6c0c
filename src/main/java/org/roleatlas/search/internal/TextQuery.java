package org.roleatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what someone typed into a Lucene query. Quoted parts are phrases that must occur. Every other word may
 * match (BM25 ranks items matching more, and rarer, words higher), in a name (alias, title) or the body, weighted
 * by {@link Fields#weight}. A word the index does not have as such also matches with one typo ("directr"), or two
 * in a name, at lower weight, and, if it is the last word, as the beginning of a word, for people still typing. Words
 * the index has need neither, which keeps common queries cheap.
 */
public final class TextQuery {

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"?");
    private static final float TOLERANT = 0.4f;

    private TextQuery() {
    }

    public static Query parse(String text, Analyzer analyzer, Predicate<String> indexed) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Matcher phrases = PHRASE.matcher(text);
        StringBuilder rest = new StringBuilder();
        int clauses = 0;
        int last = 0;
        while (phrases.find()) {
            rest.append(text, last, phrases.start()).append(' ');
            last = phrases.end();
            List<Positioned> tokens = positioned(analyzer, phrases.group(1));
            if (tokens.size() == 1) {
                query.add(word(tokens.get(0).token(), false, false), Occur.MUST);
                clauses++;
            } else if (tokens.size() > 1) {
                query.add(phrase(tokens), Occur.MUST);
                clauses++;
            }
        }
        rest.append(text.substring(last));
        boolean stillTyping = last < text.length() && !Character.isWhitespace(text.charAt(text.length() - 1));
        List<String> words = tokens(analyzer, rest.toString());
        for (int i = 0; i < words.size(); i++) {
            boolean unknown = !indexed.test(words.get(i));
            boolean lastWord = i == words.size() - 1 && stillTyping;
            query.add(word(words.get(i), unknown, unknown && lastWord), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery("no searchable words") : query.build();
    }

    /** Only the beginnings of names, for type-ahead: every word as typed, the last also as a prefix. */
    public static Query names(String text, Analyzer analyzer) {
        List<String> words = tokens(analyzer, text);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String field : List.of(Fields.ALIASES, Fields.TITLE)) {
                either.add(new BoostQuery(new TermQuery(new Term(field, word)), Fields.weight(field)), Occur.SHOULD);
                if (i == words.size() - 1) {
                    either.add(new BoostQuery(new PrefixQuery(new Term(field, word)), Fields.weight(field) * TOLERANT),
                            Occur.SHOULD);
                }
            }
            query.add(either.build(), Occur.MUST);
        }
        return query.build();
    }

    private static Query word(String token, boolean tolerant, boolean prefix) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : Fields.TEXT) {
            float weight = Fields.weight(field);
            alternatives.add(new BoostQuery(new TermQuery(new Term(field, token)), weight));
            if (tolerant && token.length() >= 4 && !field.equals(Fields.THREAD)) {
                // Two typos only in titles of long words; in the body, whose vocabulary is the whole community's, a
                // two-edit automaton walks a large part of the terms dictionary, and building one costs about a
                // millisecond, so the aliases (a few words per role, all also near their role's title) make do with one.
                int edits = token.length() >= 7 && field.equals(Fields.TITLE) ? 2 : 1;
                // prefix length 1: a misspelling rarely starts wrong, and it keeps the expansion small
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, token), edits, 1, 20, true),
                        weight * TOLERANT));
            }
            if (prefix && token.length() >= 2 && !field.equals(Fields.THREAD)) {
                alternatives.add(new BoostQuery(new PrefixQuery(new Term(field, token)), weight * TOLERANT));
            }
        }
        // A plain sum over the fields rather than a disjunction-max: Lucene can then skip documents that cannot reach
        // the page (the max-score bound of a tie-broken disjunction-max does not prune), and a word found in both the
        // name and the body is rightly worth more than in one of them.
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** Positions keep the holes left by dropped stop words, so "reports to the CEO" matches as written. */
    private static Query phrase(List<Positioned> tokens) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : Fields.TEXT) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            tokens.forEach(t -> phrase.add(new Term(field, t.token()), t.position()));
            alternatives.add(new BoostQuery(phrase.build(), Fields.weight(field)));
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    public static List<String> tokens(Analyzer analyzer, String text) {
        return tokens(analyzer, Fields.BODY, text);
    }

    /** The terms the field's analysis makes of the text. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        return positioned(analyzer, field, text).stream().map(Positioned::token).toList();
    }

    private record Positioned(String token, int position) {
    }

    private static List<Positioned> positioned(Analyzer analyzer, String text) {
        return positioned(analyzer, Fields.BODY, text);
    }

    private static List<Positioned> positioned(Analyzer analyzer, String field, String text) {
        List<Positioned> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Positioned(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
