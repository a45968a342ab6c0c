package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.CommunityContract;
import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults.Hit;
import org.roleatlas.system.CliCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Relevance over the shipped catalogue and articles plus a generated sample community, loaded once per engine with the
 * {@code demo} command as a user runs it. Fixed queries say what must come first; known-item searches measure the
 * mean reciprocal rank (MRR, among the first {@value #DEPTH} results) of every question of the sample: by its exact
 * title, by the three rarest words of its text, and by its title with one typo. Nothing here depends on the wording of
 * the sample: every question is measured the same way. Where the query cannot tell questions apart (two questions
 * with the same title; several whose text has all three words), finding any of them first counts as finding it.
 */
@CommunityContract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoRelevanceContract {

    static final int QUESTIONS = 200;
    static final int DEPTH = 30;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @Autowired
    ApplicationContext context;
    @Autowired
    Search search;
    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;

    record Question(long id, String title, String body) {
    }

    List<Question> questions;

    @BeforeAll
    void loadTheSampleCommunity() throws InterruptedException {
        CliCommand demo = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(c -> c.getClass().getAnnotation(Command.class).name().equals("demo")).findFirst().orElseThrow();
        assertThat(new CommandLine(demo).execute("--questions", Integer.toString(QUESTIONS), "--seed", "42")).isZero();
        long last = jdbc.sql("select max(id) from search_change").query(Long.class).single();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (index.position() < last && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(index.position()).as("the index has caught up with the sample").isGreaterThanOrEqualTo(last);
        questions = jdbc.sql("select id, title, body_markdown from question where deleted_at is null order by id")
                .query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        assertThat(questions).hasSize(QUESTIONS);
    }

    private List<String> top(String query, int n) {
        return search.search(new SearchQuery(query, null, null, 1)).hits().stream().limit(n)
                .map(h -> h.type() + ":" + h.key()).toList();
    }

    static Stream<Arguments> rolesFirst() {
        return Stream.of(
                Arguments.of("who does the cto report to", "role:cto"),
                Arguments.of("what does a staff engineer do", "role:staff-engineer"),
                Arguments.of("mlops", "role:mlops-engineer"),
                Arguments.of("vpe", "role:vp-of-engineering"),
                Arguments.of("how do I become an engineering manager", "role:engineering-manager"),
                Arguments.of("VP of Engineering", "role:vp-of-engineering"),
                Arguments.of("cto", "role:cto"),
                Arguments.of("CISO", "role:ciso"),
                Arguments.of("sre", "role:site-reliability-engineer"),
                Arguments.of("sysadmin", "role:systems-administrator"),
                Arguments.of("TLM", "role:technical-lead-manager"),
                Arguments.of("Chief Technical Officer", "role:cto"),
                Arguments.of("chief information officer", "role:cio"),
                Arguments.of("directr of enginering", "role:director-of-engineering"),
                Arguments.of("site reliabilty enginer", "role:site-reliability-engineer"),
                Arguments.of("data scientist", "role:data-scientist"),
                Arguments.of("machine learning engineer", "role:ml-engineer"),
                Arguments.of("what does a devops engineer earn", "role:devops-engineer"),
                Arguments.of("head of platform engineering", "role:head-of-platform"),
                Arguments.of("SOC analyst on call", "role:security-operations-analyst"),
                Arguments.of("technical program manager", "role:technical-program-manager"),
                Arguments.of("is a principal engineer a manager", "role:principal-engineer"),
                Arguments.of("Chief Executive Officer", "role:ceo"),
                Arguments.of("product owner", "role:product-owner"),
                Arguments.of("what does a chief data officer do", "role:chief-data-officer"));
    }

    @ParameterizedTest(name = "{0} → {1} first")
    @MethodSource("rolesFirst")
    void aRoleTheQueryNamesComesFirst(String query, String first) {
        assertThat(top(query, 1)).as("results for %s", query).containsExactly(first);
    }

    static Stream<Arguments> rolesTogetherFirst() {
        return Stream.of(
                Arguments.of("cto vs cio", List.of("role:cto", "role:cio")),
                Arguments.of("product owner vs product manager", List.of("role:product-owner", "role:product-manager")),
                Arguments.of("staff engineer or principal engineer", List.of("role:staff-engineer",
                        "role:principal-engineer")),
                Arguments.of("should the ciso report to the cio", List.of("role:ciso", "role:cio")));
    }

    @ParameterizedTest(name = "{0} → {1} first")
    @MethodSource("rolesTogetherFirst")
    void rolesTheQueryComparesComeFirst(String query, List<String> roles) {
        assertThat(top(query, roles.size())).as("results for %s", query).containsExactlyInAnyOrderElementsOf(roles);
    }

    @Test
    void aComparisonQueryFindsTheArticleComparingThemRightAfterTheRoles() {
        List<String> results = top("cto vs cio", 5);
        assertThat(results).contains("article:cto-vs-cio");
    }

    @Test
    void anArticlesWholeTitleFindsTheArticleFirst() {
        assertThat(top("Where MLOps sits in the org", 1)).containsExactly("article:where-mlops-sits-in-the-org");
        assertThat(top("CTO and VP of Engineering: splitting the job", 1))
                .containsExactly("article:cto-and-vp-of-engineering-splitting-the-job");
    }

    @Test
    void articleSnippetsShowProseNeverComparisonBlockSource() {
        List<Hit> articles = search.search(new SearchQuery("roles cto vp-of-engineering cio framework focus",
                "article", null, 1)).hits();
        assertThat(articles).isNotEmpty().allSatisfy(h -> assertThat(h.snippetHtml())
                .doesNotContain("roles:", "framework:", "```", "vp-of-engineering"));
    }

    @Test
    void noTwoHitsOnAPageShareTheirText() {
        for (String query : List.of("who does the cto report to", "on-call", "hiring", "budget", "report",
                "have you tried", "agreed")) {
            Set<String> texts = new HashSet<>();
            for (Hit hit : search.search(new SearchQuery(query, null, null, 1)).hits()) {
                String text = switch (hit.type()) {
                    case "question" -> jdbc.sql("select title || '|' || body_markdown from question where id = ?")
                            .param(Long.parseLong(hit.key())).query(String.class).single();
                    case "answer", "comment" -> jdbc.sql("select body_markdown from " + hit.type() + " where id = ?")
                            .param(Long.parseLong(hit.key())).query(String.class).single();
                    default -> hit.type() + ":" + hit.key();
                };
                assertThat(texts.add(text.strip().toLowerCase(Locale.ROOT))).as("%s: %s shown twice", query, text)
                        .isTrue();
            }
        }
    }

    @Test
    void everyQuestionIsFoundByItsTitleItsRarestWordsAndItsTitleWithATypo() {
        double title = 0;
        double body = 0;
        double typo = 0;
        List<String> misses = new ArrayList<>();
        for (Question q : questions) {
            Set<String> sameTitle = keys(questions.stream().filter(o -> o.title().equalsIgnoreCase(q.title())));
            String rare = rarestWords(q.body(), 3);
            List<String> rareTerms = TextQuery.tokens(index.analyzer(), rare);
            Set<String> sameText = keys(questions.stream().filter(o -> terms(o).containsAll(rareTerms)));
            String misspelt = withTypo(q.title());
            double t = reciprocalRank(q.title(), sameTitle);
            double b = reciprocalRank(rare, sameText);
            double y = reciprocalRank(misspelt, sameTitle);
            title += t;
            body += b;
            typo += y;
            if (t < 1 || b < 1 || y < 1) {
                misses.add(String.format(Locale.ROOT, "%d: title %.2f, body %.2f [%s], typo %.2f [%s]", q.id(), t, b,
                        rare, y, misspelt));
            }
        }
        int n = questions.size();
        System.out.printf(Locale.ROOT, "Known-item search over %d questions (%s): MRR exact title %.3f, three rarest "
                        + "body words %.3f, title with one typo %.3f; the CTO role ranks %d for \"who does the cto report "
                        + "to\"%n", n, getClass().getSimpleName(), title / n, body / n, typo / n,
                rank("who does the cto report to", Set.of("role:cto")));
        misses.stream().limit(15).forEach(m -> System.out.println("  not first: " + m));
        assertThat(title / n).as("MRR of exact titles").isGreaterThanOrEqualTo(0.95);
        assertThat(body / n).as("MRR of three rare body words").isGreaterThanOrEqualTo(0.8);
        assertThat(typo / n).as("MRR of titles with one typo").isGreaterThanOrEqualTo(0.8);
    }

    private final Map<Long, Set<String>> terms = new java.util.HashMap<>();

    private Set<String> terms(Question q) {
        return terms.computeIfAbsent(q.id(), id -> new HashSet<>(TextQuery.tokens(index.analyzer(), q.body())));
    }

    private static Set<String> keys(Stream<Question> questions) {
        Set<String> keys = new HashSet<>();
        questions.forEach(q -> keys.add("question:" + q.id()));
        return keys;
    }

    private double reciprocalRank(String query, Set<String> relevant) {
        int rank = rank(query, relevant);
        return rank == 0 ? 0 : 1.0 / rank;
    }

    /** The 1-based position of the first relevant result among the first {@link #DEPTH}, or 0. */
    private int rank(String query, Set<String> relevant) {
        int position = 0;
        for (int page = 1; page <= DEPTH / LuceneSearch.PAGE_SIZE; page++) {
            List<Hit> hits = search.search(new SearchQuery(query, null, null, page)).hits();
            for (Hit hit : hits) {
                position++;
                if (relevant.contains(hit.type() + ":" + hit.key())) {
                    return position;
                }
            }
            if (hits.size() < LuceneSearch.PAGE_SIZE) {
                break;
            }
        }
        return 0;
    }

    /** The {@code n} words of the text that the fewest indexed texts have, in the order they first appear. */
    private String rarestWords(String text, int n) {
        Map<String, Integer> frequency = new LinkedHashMap<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            List<String> terms = TextQuery.tokens(index.analyzer(), word);
            if (terms.size() == 1 && frequency.keySet().stream().noneMatch(w -> w.equalsIgnoreCase(word))) {
                int df = index.read(s -> s.getIndexReader().docFreq(new Term(Fields.BODY, terms.get(0))));
                frequency.put(word, df);
            }
        }
        List<String> rarest = frequency.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(n)
                .map(Map.Entry::getKey).toList();
        return String.join(" ", frequency.keySet().stream().filter(rarest::contains).toList());
    }

    /** The title with the middle letter of its longest word left out. */
    static String withTypo(String title) {
        Matcher words = WORD.matcher(title);
        int start = -1;
        int end = -1;
        while (words.find()) {
            if (words.end() - words.start() > end - start) {
                start = words.start();
                end = words.end();
            }
        }
        if (start < 0 || end - start < 5) {
            return title;
        }
        int middle = (start + end) / 2;
        return title.substring(0, middle) + title.substring(middle + 1);
    }
}
