package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roleatlas.CommunityContract;
import org.roleatlas.search.Related;
import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;
import org.roleatlas.search.SearchResults.Hit;
import org.roleatlas.system.errors.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Relevance on fixed content: the shipped catalogue plus a handful of questions, answers and comments written through
 * the API. Each test is one query with the results it must give; the index is followed, not rebuilt, so these also
 * prove that writes reach search. Own database, once per engine.
 */
@CommunityContract
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchRelevanceContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Search search;
    @Autowired
    Related related;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SearchFixture fixture;
    long split;
    long lifecycle;
    long nextStep;
    long securityLine;
    long deleted;
    long featureStore;
    long anonymousAnswer;
    long careerComment;
    long kolsch;
    long weissbier;
    long autoscaling;
    long autoscalingAgain;
    long autoscalingSameRole;
    long unrelatedSameRole;
    long sameCommentTwice;

    @BeforeAll
    void writeContent() throws Exception {
        fixture = new SearchFixture(mvc, search);
        SearchFixture.Author ada = fixture.member("ada_search", "Ada Lovecraft");
        SearchFixture.Author grace = fixture.member("grace_search", "Grace Hopperfield");
        split = fixture.ask(ada, "How do a CTO and a VP of Engineering split the work?",
                "We are 80 engineers. Who sets technical direction and who runs delivery and hiring?", false,
                "cto", "vp-of-engineering");
        lifecycle = fixture.ask(grace, "Who owns the ML model lifecycle in production?",
                "Our data scientists train models, but nobody watches drift or owns retraining pipelines.", false,
                "mlops-engineer", "ml-engineer");
        nextStep = fixture.ask(ada, "What comes after Director?",
                "I have led four teams for three years. Which moves are open from here?", false,
                "director-of-engineering");
        securityLine = fixture.ask(grace, "Should the CISO sit under the CIO?",
                "Our security team reports through IT operations and audit findings keep slipping.", true,
                "ciso", "cio");
        deleted = fixture.ask(ada, "Zanzibar quota policy", "Removed soon: zanzibar appears nowhere else.", false,
                "platform-engineer");
        featureStore = fixture.answer(grace, lifecycle,
                "Here the MLOps engineer owns the deployment pipeline and the feature store; data scientists own "
                        + "the experiments.", false);
        anonymousAnswer = fixture.answer(ada, split,
                "We split it: the CTO keeps the technical vision and architecture, the VPE runs the organisation.",
                true);
        careerComment = fixture.comment(grace, nextStep, "Most people I know went on to become a VP of Engineering.");
        SearchFixture.Author lin = fixture.member("lin_search", "Lin Brewer");
        kolsch = fixture.ask(lin, "Kölsch at the team offsite?",
                "The platform team voted for Kölsch, the data team for lemonade.", false, "platform-engineer");
        weissbier = fixture.ask(lin, "Weissbier budget for the release party",
                "Finance asks why the Weissbier line doubled.", false, "cto");
        autoscaling = fixture.ask(lin, "Kubernetes autoscaling keeps overshooting our cloud budget",
                "Cluster autoscaling adds nodes for short spikes and the kubernetes bill follows.", false, "cto");
        autoscalingAgain = fixture.ask(lin, "Tuning kubernetes cluster autoscaling for spiky load",
                "Our kubernetes autoscaling reacts to spikes too slowly, then overshoots.", false, "data-engineer");
        autoscalingSameRole = fixture.ask(lin, "Kubernetes autoscaling for batch jobs",
                "Does cluster autoscaling suit nightly batch jobs?", false, "cto");
        unrelatedSameRole = fixture.ask(lin, "Board meeting preparation",
                "How long do you spend preparing the quarterly board deck?", false, "cto");
        sameCommentTwice = fixture.comment(lin, autoscaling, "Have you tried scheduled scaling for the quiet hours?");
        fixture.comment(lin, autoscalingAgain, "Have you tried scheduled scaling for the quiet hours?");
        fixture.delete(ada, deleted);
        fixture.within(1000, new SearchQuery("vpe organisation vision", "answer", null, 1),
                r -> SearchFixture.has(r, "answer", anonymousAnswer));
        fixture.within(1000, new SearchQuery("most people I know", "comment", null, 1),
                r -> SearchFixture.has(r, "comment", careerComment));
        fixture.within(1000, new SearchQuery("scheduled scaling quiet hours", null, null, 1),
                r -> r.total() > 0);
    }

    @Test
    void accentedAndPlainSpellingsFindTheSamePosts() {
        assertThat(top("Kolsch", 1)).containsExactly("question:" + kolsch);
        assertThat(top("kölsch", 1)).containsExactly("question:" + kolsch);
        assertThat(top("Weißbier", 1)).containsExactly("question:" + weissbier);
        assertThat(top("weissbier", 1)).containsExactly("question:" + weissbier);
        assertThat(marked(fixture.search("kolsch").hits().get(0).titleHtml())).isEqualTo("Kölsch");
    }

    @Test
    void aQuestionRanksAboveItsOwnAnswersForItsTitle() {
        assertThat(first("Who owns the ML model lifecycle in production?")).isEqualTo("question:" + lifecycle);
        assertThat(first("How do a CTO and a VP of Engineering split the work?")).isEqualTo("question:" + split);
        assertThat(top("ML model lifecycle in production", 3)).doesNotContain("answer:" + featureStore);
    }

    @Test
    void identicalTextsShowOnceAndCountOnce() {
        SearchResults results = fixture.search("scheduled scaling quiet hours");
        assertThat(results.hits()).filteredOn(h -> h.type().equals("comment")).hasSize(1);
        assertThat(results.types()).filteredOn(f -> f.value().equals("comment"))
                .extracting(SearchResults.Facet::count).containsExactly(1L);
        assertThat(results.hits().get(0).key()).isEqualTo(Long.toString(sameCommentTwice));
    }

    @Test
    void aMisspeltWordInQuotesGetsADidYouMean() {
        SearchResults results = fixture.search("\"deployment pipline\"");
        assertThat(results.hits()).isEmpty();
        assertThat(results.suggestion()).isEqualTo("\"deployment pipeline\"");
        assertThat(fixture.search("\"deployment pipeline\"").hits()).extracting(h -> h.type() + ":" + h.key())
                .contains("answer:" + featureStore);
        assertThat(fixture.search("Kubrenetes autoscaling").suggestion()).isEqualTo("Kubernetes autoscaling");
        assertThat(fixture.search("kubernetes autoscaling").suggestion()).isNull();
    }

    @Test
    void theResultsPageOffersTheCorrectedSearch() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/search").param("q", "\"deployment pipline\""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#did-you-mean a").attr("href"))
                .isEqualTo("/search?q=%22deployment+pipeline%22");
        assertThat(page.select("#did-you-mean").text()).isEqualTo("Did you mean \"deployment pipeline\"?");
    }

    @Test
    void relatedContentIsLedByTextAndSharedRolesOnlyBreakTies() {
        List<String> urls = related.to("question", Long.toString(autoscaling), 5).stream().map(Related.Item::url)
                .toList();
        assertThat(urls).contains("/questions/" + autoscalingAgain, "/questions/" + autoscalingSameRole);
        int textual = urls.indexOf("/questions/" + autoscalingAgain);
        int sharedRoleOnly = urls.indexOf("/questions/" + unrelatedSameRole);
        assertThat(sharedRoleOnly == -1 || sharedRoleOnly > textual)
                .as("an item sharing only a role tag never outranks one sharing the text: %s", urls).isTrue();
    }

    private List<String> top(String query, int n) {
        return fixture.search(query).hits().stream().limit(n).map(h -> h.type() + ":" + h.key()).toList();
    }

    private String first(String query) {
        List<String> top = top(query, 1);
        assertThat(top).as("results for %s", query).isNotEmpty();
        return top.get(0);
    }

    @Test
    void whoDoesTheCtoReportToFindsTheCtoRoleFirst() {
        assertThat(first("who does the CTO report to")).isEqualTo("role:cto");
    }

    @Test
    void anAbbreviationFindsItsRoleFirst() {
        assertThat(first("VPE")).isEqualTo("role:vp-of-engineering");
        assertThat(first("CISO")).isEqualTo("role:ciso");
    }

    @Test
    void anAliasFindsItsRole() {
        assertThat(first("Chief Technical Officer")).isEqualTo("role:cto");
    }

    @Test
    void misspellingsStillFindTheRole() {
        assertThat(first("directr of enginering")).isEqualTo("role:director-of-engineering");
        assertThat(first("site reliabilty enginer")).isEqualTo("role:site-reliability-engineer");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        assertThat(first("data scientist")).isEqualTo("role:data-scientist");
        assertThat(first("Chief Information Officer")).isEqualTo("role:cio");
    }

    @Test
    void aQuestionIsFoundByTheWordsOfItsTitle() {
        assertThat(top("ML model lifecycle", 2)).contains("question:" + lifecycle);
    }

    @Test
    void theLastWordMatchesAsABeginningWhileTyping() {
        assertThat(top("model lifecyc", 3)).contains("question:" + lifecycle);
    }

    @Test
    void aPhraseMatchesOnlyTheWordsTogetherAndInOrder() {
        SearchResults together = fixture.search("\"deployment pipeline and the feature store\"");
        assertThat(together.hits()).extracting(h -> h.type() + ":" + h.key()).containsExactly("answer:" + featureStore);
        assertThat(fixture.search("\"store feature the and pipeline deployment\"").hits()).isEmpty();
    }

    @Test
    void theHighlightMarksTheMatchedWordsInTheSnippet() {
        Hit hit = fixture.search("\"feature store\"").hits().stream().filter(h -> h.type().equals("answer")).findFirst()
                .orElseThrow();
        assertThat(marked(hit.snippetHtml())).isEqualTo("feature store");
        assertThat(hit.url()).isEqualTo("/questions/" + lifecycle + "#answer-" + featureStore);
    }

    /** The highlighted words, in order: adjacent matches may share one mark. */
    private static String marked(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(html);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group(1));
        }
        return String.join(" ", words);
    }

    @Test
    void aRoleFilterKeepsOnlyItemsTaggedWithTheRole() {
        SearchResults results = search.search(new SearchQuery("models engineer", null, "mlops-engineer", 1));
        assertThat(results.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.roles()).contains("mlops-engineer"));
        assertThat(results.hits()).extracting(Hit::key).contains("mlops-engineer", Long.toString(lifecycle));
    }

    @Test
    void roleFacetsAreLabelledWithTheRolesTitles() {
        SearchResults results = search.search(new SearchQuery("model lifecycle", null, null, 1));
        assertThat(results.roles()).extracting(SearchResults.Facet::value, SearchResults.Facet::label)
                .contains(org.assertj.core.api.Assertions.tuple("mlops-engineer", "MLOps Engineer"));
    }

    @Test
    void aTypeFilterKeepsOnlyThatTypeAndFacetsCountEachType() {
        SearchResults results = search.search(new SearchQuery("engineering", "question", null, 1));
        assertThat(results.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.type()).isEqualTo("question"));
        assertThat(results.types()).extracting(SearchResults.Facet::value).contains("role", "question");
        long questions = results.types().stream().filter(f -> f.value().equals("question")).findFirst().orElseThrow()
                .count();
        assertThat(results.total()).isEqualTo(questions);
        assertThat(results.exact()).as("a few hundred items: every match is counted").isTrue();
        assertThat(results.roles()).isNotEmpty().allSatisfy(f -> assertThat(f.count()).isPositive());
    }

    @Test
    void anAnonymousPostIsFoundButSignedWithoutItsAuthorsName() throws Exception {
        // among answers: the catalogue's many role profiles also speak of vision and organisation
        SearchResults results = search.search(new SearchQuery("technical vision organisation", "answer", null, 1));
        Hit answer = results.hits().stream().filter(h -> h.key().equals(Long.toString(anonymousAnswer))).findFirst()
                .orElseThrow();
        assertThat(answer.byline()).startsWith("Anonymous · ").doesNotContain("Chief Information Officer");
        String json = mvc.perform(get("/api/search").param("q", "technical vision organisation").param("type", "answer"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the page may also show Ada's own named question; the anonymous answer's hit must not give her away
        List<String> answerHit = com.jayway.jsonpath.JsonPath.read(json,
                "$.hits[?(@.type == 'answer' && @.key == '" + anonymousAnswer + "')].byline");
        assertThat(answerHit).singleElement().asString().startsWith("Anonymous · ")
                .doesNotContain("Ada Lovecraft").doesNotContain("ada_search");
        assertThat(json).doesNotContain("ada_search");
        String page = mvc.perform(get("/search").param("q", "CISO security team")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("/questions/" + securityLine).doesNotContain("Grace Hopperfield");
    }

    @Test
    void rolesTheQueryMerelyMatchesLeaveRoomForTheDiscussionOnEveryPage() {
        SearchResults first = search.search(new SearchQuery("CISO security team", null, null, 1));

        assertThat(first.hits().get(0).url()).isEqualTo("/roles/ciso"); // named: keeps the top
        assertThat(first.hits()).extracting(Hit::url).contains("/questions/" + securityLine);
        assertThat(first.hits().stream().filter(h -> h.type().equals("role")).count()).isLessThanOrEqualTo(1 + 3);
        SearchResults onlyRoles = search.search(new SearchQuery("CISO security team", "role", null, 1));
        assertThat(onlyRoles.hits()).hasSizeGreaterThan(4).allSatisfy(h -> assertThat(h.type()).isEqualTo("role"));
    }

    @Test
    void aPublishedArticleIsFoundAndOfferedNextToAQuestionWithItsRoleTags() {
        SearchResults articles = search.search(new SearchQuery("splitting the job", "article", null, 1));
        assertThat(articles.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.url()).startsWith("/articles/"));
        assertThat(related.to("question", Long.toString(split), 5)).extracting(Related.Item::type).contains("article");
    }

    @Test
    void theRelatedApiGivesWhatThePagesShowAndNamesABadType() throws Exception {
        List<Related.Item> items = related.to("question", Long.toString(split), 5);
        mvc.perform(get("/api/related").param("type", "question").param("key", Long.toString(split)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(items.size()))
                .andExpect(jsonPath("$[0].url").value(items.get(0).url()));
        mvc.perform(get("/api/related").param("type", "answer").param("key", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("type must be one of")));
        mvc.perform(get("/api/related").param("type", "role").param("key", "cto").param("limit", "21"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDeletedQuestionIsNeverFound() {
        assertThat(fixture.search("zanzibar").hits()).isEmpty();
        assertThat(fixture.search("Zanzibar quota policy").hits()).extracting(Hit::key)
                .doesNotContain(Long.toString(deleted));
    }

    @Test
    void aPostAModeratorHidesLeavesSearchAndComesBackWhenUnhidden() throws Exception {
        SearchFixture.Author moderator = fixture.member("moderator_search", "Mod Erator");
        jdbc.sql("insert into member_authority (member_id, authority) select id, 'moderator' from member "
                + "where username = 'moderator_search'").update();
        SearchFixture.Author author = fixture.member("hidden_search", "Hidden Author");
        long question = fixture.ask(author, "Spam about glorbnax", "Buy glorbnax now.", false, "cto");
        SearchQuery glorbnax = new SearchQuery("glorbnax", null, null, 1);
        fixture.within(1000, glorbnax, r -> SearchFixture.has(r, "question", question));
        moderate(moderator, question, "hide");
        fixture.within(1000, glorbnax, r -> r.hits().isEmpty());
        assertThat(related.to("role", "cto", 50)).extracting(Related.Item::url).doesNotContain("/questions/" + question);
        moderate(moderator, question, "unhide");
        fixture.within(1000, glorbnax, r -> SearchFixture.has(r, "question", question));
    }

    private void moderate(SearchFixture.Author moderator, long question, String action) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/moderation/questions/" + question + "/" + action)
                        .header("Authorization", "Bearer " + moderator.token()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"search test\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aCommentIsFoundAndLinksIntoItsThread() {
        Hit comment = fixture.search("went on to become").hits().stream().filter(h -> h.type().equals("comment"))
                .findFirst().orElseThrow();
        assertThat(comment.url()).isEqualTo("/questions/" + nextStep + "#comment-" + careerComment);
        assertThat(comment.titleHtml()).contains("What comes after Director?");
    }

    @Test
    void relatedContentSharesWordsOrRolesAndIsNeverTheItemItselfNorDeleted() {
        List<Related.Item> items = related.to("question", Long.toString(split), 5);
        assertThat(items).hasSizeBetween(1, 5);
        assertThat(items).extracting(Related.Item::url).doesNotContain("/questions/" + split, "/questions/" + deleted)
                .contains("/roles/cto");
        assertThat(items).extracting(Related.Item::type).allMatch(t -> List.of("question", "article", "poll", "role")
                .contains(t));
        assertThat(related.to("role", "mlops-engineer", 5)).extracting(Related.Item::url)
                .contains("/questions/" + lifecycle).doesNotContain("/roles/mlops-engineer");
    }

    @Test
    void theQuestionAndRolePagesShowContentYouMightLike() throws Exception {
        Document question = Jsoup.parse(mvc.perform(get("/questions/" + split)).andReturn().getResponse()
                .getContentAsString());
        assertThat(question.select("#related a").eachAttr("href")).contains("/roles/cto")
                .doesNotContain("/questions/" + split);
        Document role = Jsoup.parse(mvc.perform(get("/roles/mlops-engineer")).andReturn().getResponse()
                .getContentAsString());
        assertThat(role.select("#related a").eachAttr("href")).contains("/questions/" + lifecycle);
    }

    @Test
    void theResultsPageHighlightsFiltersAndWorksWithoutJavaScript() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/search").param("q", "feature store")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(String.join(" ", page.select(".hit mark").eachText())).contains("feature").contains("store");
        assertThat(page.select(".facets a").eachAttr("href")).anyMatch(h -> h.contains("type=answer"));
        assertThat(page.select("header form.site-search").attr("action")).isEqualTo("/search");
    }

    @Test
    void typeAheadListsRolesByAbbreviationAndTitleBeginning() throws Exception {
        assertThat(search.suggest("VPE", 5)).extracting(Search.Suggestion::url).first().isEqualTo("/roles/vp-of-engineering");
        assertThat(search.suggest("cto", 5)).extracting(Search.Suggestion::url).first().isEqualTo("/roles/cto");
        assertThat(search.suggest("site reli", 5)).extracting(Search.Suggestion::url)
                .contains("/roles/site-reliability-engineer");
        mvc.perform(get("/search/suggest").param("q", "mlops").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/roles/mlops-engineer\"")));
        mvc.perform(get("/search/suggest").param("q", "mlops").header("HX-Request", "true").accept(MediaType.ALL))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/search/suggest").param("q", "mlops").accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].url").value("/roles/mlops-engineer"));
    }

    @Test
    void theApiAnswersBadParametersWithProblemDetails() throws Exception {
        mvc.perform(get("/api/search").param("q", "")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("q")));
        mvc.perform(get("/api/search").param("q", "cto").param("type", "nonsense")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("type")));
        mvc.perform(get("/api/search").param("q", "x".repeat(201))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "cto").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "cto").param("role", "<script>")).andExpect(status().isBadRequest());
        assertThatThrownBy(() -> search.search(new SearchQuery("  ", null, null, 1)))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void theApiReturnsTheSameResultsAsJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "who does the CTO report to"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].type").value("role"))
                .andExpect(jsonPath("$.hits[0].url").value("/roles/cto"))
                .andExpect(jsonPath("$.types").isArray())
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void memberTextInResultsIsEscaped() throws Exception {
        SearchFixture.Author token = fixture.member("mallory_search", "Mallory");
        long id = fixture.ask(token, "Escaping in results <b>bold</b> qwertyuiop",
                "qwertyuiop <script>alert(1)</script> <img src=x onerror=alert(1)>", false, "cto");
        SearchResults results = fixture.within(1000, new SearchQuery("qwertyuiop", null, null, 1),
                r -> SearchFixture.has(r, "question", id));
        Hit hit = results.hits().get(0);
        assertThat(hit.titleHtml()).doesNotContain("<b>").contains("&lt;b&gt;");
        assertThat(hit.snippetHtml()).doesNotContain("<script>", "<img");
    }
}
