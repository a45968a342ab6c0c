package org.roleatlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.Industry;
import org.roleatlas.accounts.MemberBulkLoad.BulkMember;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogDocuments;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.demo.DemoMembers.Author;
import org.roleatlas.questions.CommunityBulkLoad.BulkAnswer;
import org.roleatlas.questions.CommunityBulkLoad.BulkComment;
import org.roleatlas.questions.CommunityBulkLoad.BulkQuestion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The generated community reads like a real one, for any seed: role tags follow each question's subject, every
 * reporting line the text claims is one the catalogue has, the answers to a question open differently, no two
 * comments are the same, members' titles fit the size of their company — and the same seed makes the same community.
 */
class DemoWritingTest {

    static final CatalogSnapshot CATALOG = shippedCatalogue();
    static final Writing WRITING = Writing.load();
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Pattern SENTENCE_END = Pattern.compile("[.?!](\\s|$)");

    private static CatalogSnapshot shippedCatalogue() {
        try {
            List<CatalogDocument> documents = new ArrayList<>();
            for (String pattern : List.of("classpath:catalog/families.yaml", "classpath*:catalog/frameworks/*.yaml",
                    "classpath*:catalog/roles/*.yaml")) {
                for (Resource file : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    documents.add(CatalogDocuments.read(file.getContentAsString(StandardCharsets.UTF_8),
                            file.getFilename()));
                }
            }
            CatalogDocument all = CatalogDocument.merge(documents);
            List<Framework> frameworks = all.frameworks().stream().map(Located::item).toList();
            return new CatalogSnapshot(1, all.families().stream().map(Located::item).toList(), frameworks,
                    frameworks.stream().flatMap(f -> f.dimensions().stream()).distinct().toList(),
                    all.roles().stream().map(Located::item).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Sample(List<BulkMember> members, List<QuestionGenerator.Made> questions) {
    }

    static Sample sample(long seed, int questions) {
        int memberCount = Math.max(DemoCommunity.FEWEST_MEMBERS, Math.min(DemoCommunity.MOST_MEMBERS, questions / 20));
        List<BulkMember> members = DemoMembers.generate(memberCount, CATALOG.roles(), WRITING.members(), seed, NOW, "");
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            authors.add(DemoMembers.author(i + 1, members.get(i), CATALOG.role(members.get(i).roleSlug()).orElseThrow().familyKey()));
        }
        QuestionGenerator generator = new QuestionGenerator(WRITING, CATALOG, authors, seed,
                Shape.forQuestions(questions), questions, NOW);
        List<QuestionGenerator.Made> made = new ArrayList<>();
        while (generator.position() < questions) {
            made.add(generator.make());
        }
        return new Sample(members, made);
    }

    static Stream<String> texts(BulkQuestion q) {
        return Stream.concat(Stream.of(q.title(), q.markdown()), Stream.concat(q.comments().stream().map(BulkComment::markdown),
                q.answers().stream().flatMap(a -> Stream.concat(Stream.of(a.markdown()),
                        a.comments().stream().map(BulkComment::markdown)))));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 7, 2026, 987654321})
    void eachQuestionIsTaggedWithItsSubjectAndOnlyRolesRelatedToIt(long seed) {
        Map<String, Writing.Topic> topics = new HashMap<>();
        WRITING.topics().forEach(t -> topics.put(t.key(), t));

        for (QuestionGenerator.Made made : sample(seed, 120).questions()) {
            List<String> tags = made.question().roles();
            Role subject = CATALOG.role(tags.get(0)).orElseThrow();
            assertThat(tags).as(made.question().title()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(topics.get(made.topic()).roles()).as(made.question().title()).contains(subject.slug());
            assertThat(made.question().title() + made.question().markdown()).contains(subject.title());
            for (String tag : tags.subList(1, tags.size())) {
                Role other = CATALOG.role(tag).orElseThrow();
                assertThat(Phrases.Cast.lineManagers(subject).contains(tag)
                        || (topics.get(made.topic()).roles().contains(tag) && other.familyKey().equals(subject.familyKey())))
                        .as("%s tagged %s", made.question().title(), tag).isTrue();
                assertThat(made.question().title() + made.question().markdown()).contains(other.title());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 7, 2026, 987654321})
    void everyReportingLineTheTextClaimsIsOneTheCatalogueHas(long seed) {
        for (QuestionGenerator.Made made : sample(seed, 120).questions()) {
            texts(made.question()).forEach(text -> {
                for (String sentence : text.split("(?<=[.?!])\\s+|\\n+")) {
                    int report = sentence.toLowerCase().indexOf("report");
                    if (report < 0) {
                        continue;
                    }
                    List<Role> before = rolesIn(sentence.substring(0, report));
                    List<Role> after = rolesIn(sentence.substring(report));
                    if (!after.isEmpty()) {
                        assertThat(before).as(sentence).isNotEmpty();
                        Role who = before.get(before.size() - 1);
                        assertThat(after).as(sentence).allSatisfy(boss -> assertThat(Phrases.Cast.lineManagers(who)).contains(boss.slug()));
                    }
                }
            });
        }
    }

    /** Catalogue roles named in a text by title or abbreviation, in order; a longer title wins over one inside it. */
    static List<Role> rolesIn(String text) {
        List<int[]> spans = new ArrayList<>();
        Map<Integer, Role> at = new HashMap<>();
        List<Role> longestFirst = CATALOG.roles().stream()
                .sorted(Comparator.comparingInt((Role r) -> -r.title().length())).toList();
        for (Role role : longestFirst) {
            for (String name : role.abbreviation() == null ? List.of(role.title()) : List.of(role.title(), role.abbreviation())) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (spans.stream().noneMatch(s -> start < s[1] && end > s[0])) {
                        spans.add(new int[] {start, end});
                        at.put(start, role);
                    }
                }
            }
        }
        return at.keySet().stream().sorted().map(at::get).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 7, 2026, 987654321})
    void noTwoAnswersToAQuestionOpenWithTheSameSentence(long seed) {
        int twenty = 0;
        for (QuestionGenerator.Made made : sample(seed, 300).questions()) {
            List<String> openings = made.question().answers().stream().map(a -> firstSentence(a.markdown())).toList();
            assertThat(openings).as(made.question().title()).doesNotHaveDuplicates();
            twenty += made.question().answers().size() == QuestionGenerator.BENCH_ANSWERS ? 1 : 0;
        }
        assertThat(twenty).isEqualTo(3);
    }

    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 7})
    void noTwoCommentsAnywhereInTheSampleAreTheSame(long seed) {
        Set<String> seen = new HashSet<>();
        int comments = 0;
        for (QuestionGenerator.Made made : sample(seed, 3_000).questions()) {
            BulkQuestion q = made.question();
            for (BulkComment c : Stream.concat(q.comments().stream(), q.answers().stream()
                    .flatMap(a -> a.comments().stream())).toList()) {
                comments++;
                assertThat(seen.add(c.markdown())).as(c.markdown()).isTrue();
            }
        }
        assertThat(comments).isGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 7, 2026})
    void noPlaceholderIsLeftAndNoArticleIsWrong(long seed) {
        for (QuestionGenerator.Made made : sample(seed, 120).questions()) {
            texts(made.question()).forEach(text -> assertThat(text).doesNotContain("{").doesNotContain("}")
                    .doesNotContainPattern("\\ba [AEIO]").doesNotContain("the  ").doesNotContain(" a ML"));
            if (made.question().poll() != null) {
                assertThat(made.question().poll().options()).allSatisfy(o -> assertThat(o).doesNotContain("{")
                        .isNotEqualTo("The "));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 7, 2026})
    void membersTitlesFitTheSizeOfTheirCompany(long seed) {
        Writing.MemberRules rules = WRITING.members();
        for (BulkMember m : sample(seed, 40).members()) {
            int size = m.companySize().ordinal();
            String smallest = rules.smallestCompany().get(m.roleSlug());
            String largest = rules.largestCompany().get(m.roleSlug());
            if (smallest != null) {
                assertThat(size).as(m.toString()).isGreaterThanOrEqualTo(CompanySize.parse(smallest).orElseThrow().ordinal());
            }
            if (largest != null) {
                assertThat(size).as(m.toString()).isLessThanOrEqualTo(CompanySize.parse(largest).orElseThrow().ordinal());
            }
            if (rules.smallCompanyTitles().contains(m.jobTitle())) {
                assertThat(size).as(m.toString()).isLessThanOrEqualTo(CompanySize.S51_200.ordinal());
                assertThat(m.industry()).as(m.toString()).isNotEqualTo(Industry.GOVERNMENT);
            }
            if (rules.largeCompanyTitles().contains(m.jobTitle())) {
                assertThat(size).as(m.toString()).isGreaterThanOrEqualTo(CompanySize.S5001_10000.ordinal());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2026})
    void theSameSeedMakesTheSameCommunityAndAnotherSeedAnother(long seed) {
        Sample once = sample(seed, 150);
        Sample again = sample(seed, 150);
        Sample other = sample(seed + 1, 150);

        assertThat(again.members()).isEqualTo(once.members());
        assertThat(again.questions()).isEqualTo(once.questions());
        assertThat(other.questions().stream().map(m -> m.question().title()).toList())
                .isNotEqualTo(once.questions().stream().map(m -> m.question().title()).toList());
    }
}
