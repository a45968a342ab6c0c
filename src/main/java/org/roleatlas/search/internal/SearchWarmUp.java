package org.roleatlas.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.roleatlas.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs real searches, related-content lookups and type-ahead against this node's own index before readiness reports
 * up, so that the JIT has compiled Lucene's scoring, the ranking steps and the hit loading before a balancer sends
 * the first visitors (without it, searches on a 100,000-question index took three times as long in the first minute).
 * <p>
 * The searches are made from the index itself: the catalogue's role titles, the most frequent words, and variants of
 * them the search page meets every day (two words, a phrase, a misspelling, a prefix, a type or role filter, a later
 * page). Rounds of them run until their time stops improving (the hot code is compiled) or the time limit is reached,
 * on a thread of its own while the site already serves. An index of fewer than {@value #MIN_DOCUMENTS} documents is
 * fast cold and gets none: tests and a new catalogue start as before.
 */
@Component
class SearchWarmUp {

    static final int MIN_DOCUMENTS = 5_000;
    /** Rounds always run (unless the time limit ends them first): the first ones are slow whatever the machine. */
    static final int MIN_ROUNDS = 6;
    /** A round this close to the best so far counts as no longer improving. */
    private static final double SETTLED = 1.15;
    /** Consecutive settled rounds that end the warm-up. */
    private static final int SETTLED_ROUNDS = 3;
    private static final int ROLES_PER_ROUND = 8;
    private static final int WORDS_PER_ROUND = 6;
    private static final int FREQUENT_WORDS = 200;
    /** Related items a page asks for. */
    private static final int RELATED = 5;

    private static final Logger log = LoggerFactory.getLogger(SearchWarmUp.class);

    /** What a warm-up did: rounds run, searches made (lookups included), and why it stopped. */
    record Outcome(int rounds, int searches, long millis, String reason) {
    }

    private final SearchIndex index;
    private final LuceneSearch search;
    private final LuceneRelated related;
    private final boolean enabled;
    private final Duration limit;
    private final int minDocuments;
    private volatile boolean finished;
    private volatile boolean stopped;
    private volatile Outcome outcome;

    @Autowired
    SearchWarmUp(SearchIndex index, LuceneSearch search, LuceneRelated related, SearchSettings settings) {
        this(index, search, related, settings.warmUp(), settings.warmUpLimit(), MIN_DOCUMENTS);
    }

    SearchWarmUp(SearchIndex index, LuceneSearch search, LuceneRelated related, boolean enabled, Duration limit,
                 int minDocuments) {
        this.index = index;
        this.search = search;
        this.related = related;
        this.enabled = enabled;
        this.limit = limit;
        this.minDocuments = minDocuments;
    }

    /** Starts the warm-up on a thread of its own, or finishes at once when there is nothing worth warming. */
    synchronized void begin() {
        if (finished || stopped) {
            return;
        }
        if (!enabled || limit.isZero() || index.documentCount() < minDocuments) {
            outcome = new Outcome(0, 0, 0, !enabled || limit.isZero() ? "turned off" : "small index");
            finished = true;
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Outcome done = run();
                log.info("Search warmed up: {} searches in {} rounds, {} ms ({})", done.searches(), done.rounds(),
                        done.millis(), done.reason());
            } catch (RuntimeException e) {
                if (!stopped) {
                    log.warn("The search warm-up stopped early; readiness reports up without it: {}", e.toString());
                }
            } finally {
                finished = true;
            }
        }, "search-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** Whether the warm-up is over (done, skipped or stopped): until then this node is not ready. */
    boolean finished() {
        return finished;
    }

    /** What the last warm-up did, or null while none has finished. */
    Outcome outcome() {
        return outcome;
    }

    void stop() {
        stopped = true;
    }

    /** Runs rounds of searches until they stop getting faster or the time limit is reached; on the calling thread. */
    Outcome run() {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        Material material = index.read(SearchWarmUp::material);
        int rounds = 0;
        int searches = 0;
        long best = Long.MAX_VALUE;
        int settled = 0;
        String reason = "time limit";
        while (!stopped && System.nanoTime() < deadline) {
            long roundStart = System.nanoTime();
            searches += round(material, rounds, deadline);
            long took = System.nanoTime() - roundStart;
            rounds++;
            settled = took <= best * SETTLED ? settled + 1 : 0;
            best = Math.min(best, took);
            log.debug("Search warm-up round {}: {} ms", rounds, took / 1_000_000);
            if (rounds >= MIN_ROUNDS && settled >= SETTLED_ROUNDS) {
                reason = "searches stopped getting faster";
                break;
            }
        }
        if (stopped) {
            reason = "stopped";
        }
        outcome = new Outcome(rounds, searches, (System.nanoTime() - started) / 1_000_000, reason);
        return outcome;
    }

    /** One round: the same mix of searches each time, over other titles and words than the round before. */
    private int round(Material m, int round, long deadline) {
        int done = 0;
        for (int i = 0; i < ROLES_PER_ROUND && System.nanoTime() < deadline && !stopped; i++) {
            int n = round * ROLES_PER_ROUND + i;
            Material.Role role = m.roles().get(n % m.roles().size());
            search.search(new SearchQuery(role.title(), null, null, 1));
            search.search(new SearchQuery(role.title().toLowerCase(), "question", null, 1));
            search.suggest(role.title().substring(0, Math.min(4, role.title().length())), SearchPageController.SUGGESTIONS);
            related.to("role", role.slug(), RELATED);
            done += 4;
            if (!m.questions().isEmpty()) {
                related.to("question", m.questions().get(n % m.questions().size()), RELATED);
                done++;
            }
            if (!m.words().isEmpty()) {
                String word = m.words().get(n % m.words().size());
                search.search(new SearchQuery(word, null, role.slug(), 1));
                done++;
            }
        }
        for (int i = 0; i < WORDS_PER_ROUND && !m.words().isEmpty() && System.nanoTime() < deadline && !stopped; i++) {
            int n = round * WORDS_PER_ROUND + i;
            String word = m.words().get(n % m.words().size());
            String other = m.words().get((n * 7 + 3) % m.words().size());
            search.search(new SearchQuery(word + " " + other, null, null, 1));
            search.search(new SearchQuery("\"" + word + " " + other + "\"", null, null, 1));
            search.search(new SearchQuery(misspelt(word), null, null, 1));
            search.search(new SearchQuery(word.substring(0, Math.max(3, word.length() - 2)), null, null, 1));
            search.search(new SearchQuery(word, "answer", null, 1));
            search.search(new SearchQuery(other, null, null, 2));
            done += 6;
        }
        return done;
    }

    /** The word with two of its letters swapped, as a hurried typist writes it ("manager" becomes "manaegr"). */
    static String misspelt(String word) {
        if (word.length() < 4) {
            return word + word.charAt(word.length() - 1);
        }
        char[] letters = word.toCharArray();
        int at = letters.length - 3;
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
        return new String(letters);
    }

    /** Role titles and slugs, question keys and frequent words: what the warm-up searches for. */
    record Material(List<Role> roles, List<String> questions, List<String> words) {
        record Role(String slug, String title) {
        }
    }

    private static Material material(IndexSearcher searcher) throws IOException {
        List<Material.Role> roles = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.TYPE, "role")), 500).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, Set.of(Fields.KEY, Fields.TITLE));
            if (doc.get(Fields.TITLE) != null && !doc.get(Fields.TITLE).isBlank()) {
                roles.add(new Material.Role(doc.get(Fields.KEY), doc.get(Fields.TITLE)));
            }
        }
        if (roles.isEmpty()) {
            roles.add(new Material.Role("cto", "Chief Technology Officer"));
        }
        List<String> questions = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.TYPE, "question")), 2_000).scoreDocs) {
            questions.add(searcher.storedFields().document(hit.doc, Set.of(Fields.KEY)).get(Fields.KEY));
        }
        return new Material(List.copyOf(roles), List.copyOf(questions), frequentWords(searcher));
    }

    /** The most frequent whole words of four letters or more, most frequent first. */
    private static List<String> frequentWords(IndexSearcher searcher) throws IOException {
        record Word(String text, long documents) {
        }
        PriorityQueue<Word> top = new PriorityQueue<>(Comparator.comparingLong(Word::documents));
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.SPELL);
            if (terms == null) {
                continue;
            }
            TermsEnum words = terms.iterator();
            for (BytesRef word = words.next(); word != null; word = words.next()) {
                if (word.length >= 4) {
                    counts.merge(word.utf8ToString(), (long) words.docFreq(), Long::sum);
                }
            }
        }
        counts.forEach((text, documents) -> {
            if (text.chars().allMatch(Character::isLetter)) {
                top.add(new Word(text, documents));
                if (top.size() > FREQUENT_WORDS) {
                    top.poll();
                }
            }
        });
        List<String> words = new ArrayList<>();
        while (!top.isEmpty()) {
            words.add(top.poll().text());
        }
        java.util.Collections.reverse(words);
        return List.copyOf(words);
    }
}
