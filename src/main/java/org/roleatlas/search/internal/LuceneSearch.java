package org.roleatlas.search.internal;

import org.roleatlas.search.internal.ranking.Collapse;
import org.roleatlas.search.internal.ranking.ExactTitles;
import org.roleatlas.search.internal.ranking.FewRolesPerPage;
import org.roleatlas.search.internal.ranking.FacetCounts;
import org.roleatlas.search.internal.ranking.HitLoader;
import org.roleatlas.search.internal.ranking.Spelling;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;
import org.roleatlas.search.SearchResults.Facet;
import org.roleatlas.search.SearchResults.Hit;
import org.roleatlas.system.errors.BadRequestException;
import org.springframework.stereotype.Service;

/** {@link Search} over this node's Lucene index: BM25, name matches first, highlighted snippets, facet counts. */
@Service
class LuceneSearch implements Search {

    static final int PAGE_SIZE = 10;
    private static final int FACETS_SHOWN = 12;
    /**
     * How many of the best matches the facets count among when a query matches more: scoring every match of a broad
     * query, or even the best thousand, costs more than the rest of the search (docs/decisions/0017).
     */
    static final int FACET_SAMPLE = 200;
    /**
     * What a role named by the query adds to its score: enough to rank it above every post that merely mentions it
     * (a post's score is a sum of a few BM25 terms, well below this).
     */
    private static final float NAMED_ROLE = 1000f;
    /** Roles a query does not name, on one page of mixed results: see {@link FewRolesPerPage}. */
    private static final int UNNAMED_ROLES_PER_PAGE = 3;

    private final SearchIndex index;
    private final Indexer indexer;
    private final RoleTitles roleTitles = new RoleTitles();
    private final NamedRoles namedRoles;

    private final Timer latency;

    LuceneSearch(SearchIndex index, Indexer indexer, ObjectProvider<MeterRegistry> meters) {
        this.index = index;
        this.indexer = indexer;
        this.latency = Timer.builder("roleatlas.search.latency").description("Time to answer one search")
                .publishPercentileHistogram().register(meters.getIfAvailable(SimpleMeterRegistry::new));
        this.namedRoles = new NamedRoles(index.analyzer());
    }

    @Override
    public SearchResults search(SearchQuery query) {
        check(query);
        return latency.record(() -> index.read(searcher -> search(searcher, query)));
    }

    private SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
        // Rewritten once, here: typo and prefix variants expand to their terms a single time instead of once for the
        // facet sample, once for the page and once more in the highlighter.
        java.util.function.Predicate<String> indexed = token -> indexed(searcher, token);
        Query text = searcher.rewrite(TextQuery.parse(query.text(), index.analyzer(), indexed));
        Query ranked = namedFirst(text, namedRoles.in(searcher, query.text(), indexed));
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(ranked, Occur.MUST);
        if (query.type() != null) {
            filtered.add(new TermQuery(new Term(Fields.TYPE, query.type())), Occur.FILTER);
        }
        if (query.role() != null) {
            filtered.add(new TermQuery(new Term(Fields.ROLE, query.role())), Occur.FILTER);
        }
        Query withFilters = filtered.build();
        // The best matches only, so Lucene can skip documents that cannot make them (block-max WAND); the facets
        // count among these, which is every match unless the query is very broad.
        List<String> words = TextQuery.tokens(index.analyzer(), query.text().replace('"', ' '));
        TopDocs best = searcher.search(ranked, FACET_SAMPLE);
        ScoreDoc[] bestDistinct = mixed(searcher, query, Collapse.distinct(searcher,
                ExactTitles.first(searcher, index.analyzer(), words, indexed, best.scoreDocs)));
        FacetCounts counts = FacetCounts.among(searcher, bestDistinct, query.type(), query.role());
        boolean exact = best.totalHits.relation == TotalHits.Relation.EQUAL_TO && best.totalHits.value <= FACET_SAMPLE;
        int end = query.page() * PAGE_SIZE;
        // Without filters the page is a slice of the best matches already found: no second search. Otherwise twice
        // the page's end is read, so that collapsing identical texts still leaves a full page.
        boolean unfiltered = query.type() == null && query.role() == null;
        TopDocs top = unfiltered && end <= FACET_SAMPLE ? best : searcher.search(withFilters, end * 2);
        ScoreDoc[] distinct = top == best ? bestDistinct : mixed(searcher, query, Collapse.distinct(searcher,
                ExactTitles.first(searcher, index.analyzer(), words, indexed, top.scoreDocs)));
        ScoreDoc[] page = distinct.length <= end - PAGE_SIZE ? new ScoreDoc[0]
                : Arrays.copyOfRange(distinct, end - PAGE_SIZE, Math.min(end, distinct.length));
        List<Hit> hits = HitLoader.load(searcher, index.analyzer(), text, page);
        long total = exact ? counts.total : Math.max(top.totalHits.value, counts.total);
        return new SearchResults(query, total, exact, FACET_SAMPLE, PAGE_SIZE, hits, facets(counts.types, this::typeLabel),
                facets(counts.roles, slug -> roleTitles.of(searcher, slug)),
                Spelling.correct(searcher, index.analyzer(), query.text(), indexed));
    }

    /** Unless only roles were asked for, a page holds a few roles the query does not name, and then other posts. */
    private static ScoreDoc[] mixed(IndexSearcher searcher, SearchQuery query, ScoreDoc[] ranked) throws IOException {
        return "role".equals(query.type()) ? ranked
                : FewRolesPerPage.arrange(searcher, ranked, PAGE_SIZE, UNNAMED_ROLES_PER_PAGE, NAMED_ROLE);
    }

    /** The text query, with the roles it names ranked above everything that merely mentions them. */
    private static Query namedFirst(Query text, java.util.Set<String> named) {
        if (named.isEmpty()) {
            return text;
        }
        Query roles = new org.apache.lucene.search.TermInSetQuery(Fields.ID,
                named.stream().map(org.apache.lucene.util.BytesRef::new).toList());
        return new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(roles),
                        NAMED_ROLE), Occur.SHOULD)
                .build();
    }

    /** Whether the index has the word as it is: only words it lacks need typo and prefix matching. */
    private static boolean indexed(IndexSearcher searcher, String token) {
        try {
            for (String field : Fields.TEXT) {
                if (searcher.getIndexReader().docFreq(new Term(field, token)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void check(SearchQuery query) {
        if (query.text().isEmpty()) {
            throw new BadRequestException("Say what to search for: q is empty.");
        }
        if (query.text().length() > SearchQuery.MAX_LENGTH) {
            throw new BadRequestException("q is too long: at most " + SearchQuery.MAX_LENGTH + " characters.");
        }
        if (query.type() != null && !indexer.types().contains(query.type())) {
            throw new BadRequestException("type must be one of " + String.join(", ", indexer.types()) + "; got '"
                    + query.type() + "'.");
        }
        if (query.role() != null && !query.role().matches("[a-z0-9]+(-[a-z0-9]+)*") || query.role() != null
                && query.role().length() > 80) {
            throw new BadRequestException("role must be a role's slug, such as cto; got '" + query.role() + "'.");
        }
        if (query.page() < 1 || query.page() > SearchQuery.MAX_PAGE) {
            throw new BadRequestException("page must be from 1 to " + SearchQuery.MAX_PAGE + ".");
        }
    }

    private static List<Facet> facets(Map<String, Long> counts, java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACETS_SHOWN)
                .map(e -> new Facet(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    String typeLabel(String type) {
        return switch (type) {
            case "role" -> "Roles";
            case "question" -> "Questions";
            case "answer" -> "Answers";
            case "comment" -> "Comments";
            case "article" -> "Articles";
            case "poll" -> "Polls";
            default -> Character.toUpperCase(type.charAt(0)) + type.substring(1);
        };
    }

    @Override
    public List<Suggestion> suggest(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.length() > SearchQuery.MAX_LENGTH) {
            return List.of();
        }
        Query names = TextQuery.names(typed, index.analyzer());
        return index.read(searcher -> {
            List<Suggestion> suggestions = new ArrayList<>();
            for (String type : List.of("role", "article", "question")) { // roles first: what people look for most
                if (suggestions.size() >= limit) {
                    break;
                }
                Query ofType = new BooleanQuery.Builder().add(names, Occur.MUST)
                        .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER).build();
                for (ScoreDoc hit : searcher.search(ofType, limit - suggestions.size()).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    suggestions.add(new Suggestion(type, doc.get(Fields.TITLE), doc.get(Fields.URL)));
                }
            }
            return suggestions;
        });
    }

}
