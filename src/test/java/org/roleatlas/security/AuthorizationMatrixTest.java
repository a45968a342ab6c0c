package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may change what, for every state-changing endpoint the application maps. The endpoints come from Spring's
 * request mappings (every POST, PUT, PATCH and DELETE, and any mapping without a method); each must have a rule below
 * naming who rightfully uses it and how a realistic request looks, so an endpoint added without a rule fails this
 * test by name. Each endpoint is then called, against posts, a poll, an article, a token and a member belonging to
 * someone else, as: a visitor who is not signed in; another member; a suspended member (one who is a moderator and an
 * editor, acting on its own posts where owning them is what counts); the rightful member's revoked token (API); the
 * rightful member's session cookie without a token (API); and the rightful member's session without the CSRF field
 * (web). None may succeed (2xx, or a redirect anywhere but the sign-in page) and none may change a row in the
 * community's tables. Then the rightful member sends the same request and it does succeed, so a refusal above cannot
 * come from a malformed request.
 */
class AuthorizationMatrixTest extends OwnServer {

    private static final List<String> POST_KINDS = List.of("questions", "answers", "comments");
    private static final List<String> VOTED_KINDS = List.of("questions", "answers");
    /** Columns that change when a request merely authenticates or reads, not when it acts. */
    /**
     * Columns that change on their own time, not by a request: a token's last use, view counts written in batches, and
     * the mail sender's progress through the queue (a message queued by an earlier request is sent meanwhile).
     */
    private static final Set<String> VOLATILE_COLUMNS = Set.of("last_used_at", "view_count", "next_attempt_at",
            "attempts", "claim_token", "claimed_until", "sent_at", "last_error");
    /** Tables only background work writes: ShedLock's locks, taken by scheduled jobs whenever they run. */
    private static final Set<String> BACKGROUND_TABLES = Set.of("shedlock");
    /** Where a request that needs a signed-in member is sent (a sign-up's "?welcome" is not that). */
    private static final String SIGN_IN = "(https?://[^/]+)?/sign-in";
    /**
     * What the matrix lets through knowingly, with why. A suspended member's session can still revoke that member's
     * own tokens: it only takes access away (the profile page itself refuses a suspended member).
     */
    private static final Map<String, String> TOLERATED = Map.of(
            "POST /me/tokens/{id}/revoke as SUSPENDED_MEMBER", "revoking one's own token takes access away",
            "POST /notifications/unsubscribe as NO_CSRF_FIELD", "a signed unsubscribe link works without a session "
                    + "(RFC 8058 one-click); it only turns mail off");

    @Autowired
    ApplicationContext context;

    /** Who rightfully sends a request to an endpoint. */
    enum Rightful { ANYONE, ANY_MEMBER, OWNER, MODERATOR, EDITOR }

    /** Who else tries. */
    enum Actor { ANONYMOUS, OTHER_MEMBER, SUSPENDED_MEMBER, REVOKED_TOKEN, SESSION_WITHOUT_TOKEN, NO_CSRF_FIELD }

    /** What one member owns: posts, a poll, a token; and the articles and a member to act on. */
    record Targets(long question, long answer, long questionComment, long answerComment, long poll, String article,
                   long articleId, String draft, long token, String member) {

        long post(String kind) {
            return switch (kind) {
                case "questions" -> question;
                case "answers" -> answer;
                default -> questionComment;
            };
        }
    }

    /** A request: the path and either form fields (web) or a JSON body (API, null for none) with its headers. */
    record Call(String path, String[] form, Object json, Map<String, String> headers) {

        static Call form(String path, String... pairs) {
            return new Call(path, pairs, null, Map.of());
        }

        static Call json(String path, Object json) {
            return json(path, json, Map.of());
        }

        static Call json(String path, Object json, Map<String, String> headers) {
            return new Call(path, null, json, headers);
        }
    }

    /** Brings fresh targets into the state the endpoint acts on (a hidden post to unhide, a held one to approve). */
    interface Preparation {
        void prepare(Targets targets, String kind);
    }

    record Rule(String method, String pattern, boolean api, Rightful rightful, List<String> kinds,
                BiFunction<Targets, String, Call> call, Preparation preparation) {

        String key() {
            return method + " " + pattern;
        }
    }

    private Site site;
    private Site.Member owner;
    private Site.Member other;
    private Site.Member moderator;
    private Site.Member editor;
    private Site.Member suspended;
    private Targets suspendedOwn;
    private final Map<Rightful, String> revokedTokens = new LinkedHashMap<>();
    private final AtomicInteger names = new AtomicInteger();
    private final Map<String, Map<Actor, Integer>> outcomes = new TreeMap<>();
    private int attempts;
    private final List<String> violations = new ArrayList<>();

    @Test
    void noStateChangingEndpointActsForAnyoneButItsRightfulUser() {
        long started = System.nanoTime();
        List<Rule> rules = rules();
        Map<String, Rule> byKey = new TreeMap<>();
        rules.forEach(r -> assertThat(byKey.put(r.key(), r)).as("two rules for %s", r.key()).isNull());
        Set<String> mapped = stateChangingMappings();
        Set<String> withoutRule = new TreeSet<>(mapped);
        withoutRule.removeAll(byKey.keySet());
        withoutRule.remove("ANY /error");
        Set<String> stale = new TreeSet<>(byKey.keySet());
        stale.removeAll(mapped);
        assertThat(withoutRule).as("state-changing endpoints without an authorization rule in %s; add one",
                getClass().getSimpleName()).isEmpty();
        assertThat(stale).as("rules for endpoints that are no longer mapped").isEmpty();
        assertThat(mapped).contains("ANY /error");

        setUp();
        for (Rule rule : rules) {
            for (String kind : rule.kinds()) {
                Targets targets = targets(owner);
                rule.preparation().prepare(targets, kind);
                for (Actor actor : actors(rule)) {
                    tryAs(rule, kind, actor, targets);
                }
                succeedsForTheRightfulUser(rule, kind, targets);
            }
        }
        errorPageChangesNothing();
        assertThat(violations).as("requests that acted for someone who may not act").isEmpty();

        int endpoints = rules.size();
        System.out.printf("Authorization matrix: %d state-changing endpoints (%d with a rule, plus /error), %d refused "
                        + "attempts by %d kinds of actor, each followed by the rightful request succeeding; %d s%n",
                mapped.size(), endpoints, attempts, Actor.values().length, (System.nanoTime() - started) / 1_000_000_000);
        outcomes.forEach((key, byActor) -> System.out.println("  " + key + " " + byActor));
    }

    /** Every mapping that can change state: POST, PUT, PATCH, DELETE, or no method condition at all ("ANY"). */
    private Set<String> stateChangingMappings() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        found.add("ANY " + pattern);
                    }
                    for (RequestMethod method : methods) {
                        if (EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE)
                                .contains(method)) {
                            found.add(method + " " + pattern);
                        }
                    }
                }
            }
        }
        return found;
    }

    private List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        Preparation none = (t, k) -> { };
        // Accounts
        rules.add(web("/sign-up", Rightful.ANYONE, (t, k) -> {
            String joiner = fresh("joiner");
            return Call.form("/sign-up", "username", joiner, "password", Site.PASSWORD, "displayName", "Joiner",
                    "email", joiner + "@example.test");
        }));
        rules.add(web("/me/email", Rightful.ANY_MEMBER, (t, k) -> Call.form("/me/email",
                "email", fresh("moved") + "@example.test", "currentPassword", Site.PASSWORD)));
        rules.add(web("/me/email/resend", Rightful.ANY_MEMBER, (t, k) -> Call.form("/me/email/resend")));
        rules.add(web("/me/password", Rightful.ANY_MEMBER, (t, k) -> Call.form("/me/password",
                "currentPassword", Site.PASSWORD, "newPassword", Site.PASSWORD)));
        rules.add(web("/forgot-password", Rightful.ANYONE, (t, k) -> Call.form("/forgot-password",
                "email", t.member() + "@example.test")));
        String[] resetToken = new String[1];
        rules.add(new Rule("POST", "/reset-password", false, Rightful.ANYONE, List.of(""),
                (t, k) -> Call.form("/reset-password", "token", resetToken[0], "password", Site.PASSWORD),
                (t, k) -> resetToken[0] = resetLink(t.member())));
        rules.add(web("/me", Rightful.ANY_MEMBER, (t, k) -> Call.form("/me", "displayName", "Changed",
                "jobTitle", "Changed title", "industry", "retail", "companySize", "1-10")));
        rules.add(web("/me/tokens", Rightful.ANY_MEMBER, (t, k) -> Call.form("/me/tokens", "name", "another")));
        rules.add(web("/me/tokens/{id}/revoke", Rightful.OWNER, (t, k) -> Call.form("/me/tokens/" + t.token() + "/revoke")));
        // Questions and answers
        rules.add(web("/questions", Rightful.ANY_MEMBER, (t, k) -> Call.form("/questions", "title", "A new question",
                "body", "Its text.", "roles", "cto")));
        rules.add(web("/questions/{id}/answers", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/questions/" + t.question() + "/answers", "body", "An answer.")));
        rules.add(web("/questions/{id}/edit", Rightful.OWNER, (t, k) -> Call.form("/questions/" + t.question() + "/edit",
                "title", "Edited title", "body", "Edited.", "roles", "cio")));
        rules.add(web("/questions/{id}/delete", Rightful.OWNER, (t, k) -> Call.form("/questions/" + t.question() + "/delete")));
        rules.add(web("/answers/{id}/edit", Rightful.OWNER,
                (t, k) -> Call.form("/answers/" + t.answer() + "/edit", "body", "Edited answer.")));
        rules.add(web("/answers/{id}/delete", Rightful.OWNER, (t, k) -> Call.form("/answers/" + t.answer() + "/delete")));
        rules.add(api("PUT", "/api/questions/{id}", Rightful.OWNER, (t, k) -> Call.json("/api/questions/" + t.question(),
                Map.of("title", "Edited title", "body", "Edited.", "roles", List.of("cio")))));
        rules.add(api("POST", "/api/questions", Rightful.ANY_MEMBER, (t, k) -> Call.json("/api/questions",
                Map.of("title", "A new question", "body", "Its text.", "roles", List.of("cto")))));
        rules.add(api("POST", "/api/questions/{id}/answers", Rightful.ANY_MEMBER,
                (t, k) -> Call.json("/api/questions/" + t.question() + "/answers", Map.of("body", "An answer."))));
        // Comments
        rules.add(web("/questions/{id}/comments", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/questions/" + t.question() + "/comments", "body", "A comment.")));
        rules.add(web("/answers/{id}/comments", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/answers/" + t.answer() + "/comments", "body", "A comment.")));
        rules.add(web("/comments/on/{kind}/{id}", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/comments/on/article/" + t.articleId(), "body", "A comment.")));
        rules.add(web("/comments/{id}/edit", Rightful.OWNER,
                (t, k) -> Call.form("/comments/" + t.questionComment() + "/edit", "body", "Edited comment.")));
        rules.add(web("/comments/{id}/delete", Rightful.OWNER,
                (t, k) -> Call.form("/comments/" + t.questionComment() + "/delete")));
        rules.add(new Rule("POST", "/api/{kind:questions|answers}/{id}/comments", true, Rightful.ANY_MEMBER,
                VOTED_KINDS, (t, k) -> Call.json("/api/" + k + "/" + t.post(k) + "/comments",
                Map.of("body", "A comment.")), none));
        rules.add(api("POST", "/api/comments/on/{kind}/{id}", Rightful.ANY_MEMBER,
                (t, k) -> Call.json("/api/comments/on/article/" + t.articleId(), Map.of("body", "A comment."))));
        // Votes and polls
        for (String upvote : List.of("/upvote", "/upvote/delete")) {
            rules.add(new Rule("POST", "/{kind:questions|answers}/{id}" + upvote, false, Rightful.ANY_MEMBER,
                    VOTED_KINDS, (t, k) -> Call.form("/" + k + "/" + t.post(k) + upvote), none));
        }
        for (String method : List.of("PUT", "DELETE")) {
            rules.add(new Rule(method, "/api/{kind:questions|answers}/{id}/votes", true, Rightful.ANY_MEMBER,
                    VOTED_KINDS, (t, k) -> Call.json("/api/" + k + "/" + t.post(k) + "/votes", null), none));
        }
        rules.add(web("/polls/{id}/votes", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/polls/" + t.poll() + "/votes", "option", "0")));
        rules.add(api("POST", "/api/polls/{id}/votes", Rightful.ANY_MEMBER,
                (t, k) -> Call.json("/api/polls/" + t.poll() + "/votes", Map.of("option", 0))));
        // Flags and moderation
        rules.add(new Rule("POST", "/{kind:questions|answers|comments}/{id}/flags", false, Rightful.ANY_MEMBER,
                POST_KINDS, (t, k) -> Call.form("/" + k + "/" + t.post(k) + "/flags", "reason", "spam", "note", "x"), none));
        rules.add(new Rule("POST", "/api/{kind:questions|answers|comments}/{id}/flags", true, Rightful.ANY_MEMBER,
                POST_KINDS, (t, k) -> Call.json("/api/" + k + "/" + t.post(k) + "/flags",
                Map.of("reason", "spam", "note", "x")), none));
        Map<String, Preparation> moderationStates = new LinkedHashMap<>();
        moderationStates.put("hide", none);
        moderationStates.put("unhide", (t, k) -> moderate(k, t.post(k), "hide"));
        moderationStates.put("approve", (t, k) -> hold(k, t.post(k)));
        moderationStates.put("dismiss", (t, k) -> flag(k, t.post(k)));
        // one rule per mapping; its variants are "kind/decision", each prepared as its decision needs
        Preparation decided = (t, k) -> moderationStates.get(k.split("/")[1]).prepare(t, k.split("/")[0]);
        List<String> webDecisions = variants(List.of("hide", "unhide", "approve"));
        rules.add(new Rule("POST", "/moderation/{kind}/{id}/{decision:hide|unhide|approve}", false, Rightful.MODERATOR,
                webDecisions, (t, k) -> Call.form("/moderation/" + k.split("/")[0] + "/" + t.post(k.split("/")[0])
                + "/" + k.split("/")[1], "reason", "A reason."), decided));
        rules.add(new Rule("POST", "/api/moderation/{kind:questions|answers|comments}/{id}/{decision:hide|unhide}", true,
                Rightful.MODERATOR, variants(List.of("hide", "unhide")), (t, k) -> Call.json("/api/moderation/"
                + k.split("/")[0] + "/" + t.post(k.split("/")[0]) + "/" + k.split("/")[1],
                Map.of("reason", "A reason.")), decided));
        for (String action : List.of("approve", "dismiss")) {
            rules.add(new Rule("POST", "/api/moderation/{kind:questions|answers|comments}/{id}/" + action, true,
                    Rightful.MODERATOR, POST_KINDS, (t, k) -> Call.json("/api/moderation/" + k + "/" + t.post(k) + "/"
                    + action, Map.of("reason", "A reason.")), moderationStates.get(action)));
        }
        rules.add(new Rule("POST", "/moderation/{kind}/{id}/dismiss", false, Rightful.MODERATOR, POST_KINDS,
                (t, k) -> Call.form("/moderation/" + k + "/" + t.post(k) + "/dismiss", "reason", "A reason."),
                moderationStates.get("dismiss")));
        Preparation suspendedFirst = (t, k) -> {
            if (k.equals("unsuspend")) {
                suspend(t.member());
            }
        };
        List<String> suspensions = List.of("suspend", "unsuspend");
        rules.add(new Rule("POST", "/moderation/members/{action:suspend|unsuspend}", false, Rightful.MODERATOR,
                suspensions, (t, k) -> Call.form("/moderation/members/" + k, "username", t.member(),
                "reason", "A reason."), suspendedFirst));
        rules.add(new Rule("POST", "/api/moderation/members/{username}/{action:suspend|unsuspend}", true,
                Rightful.MODERATOR, suspensions, (t, k) -> Call.json("/api/moderation/members/" + t.member() + "/" + k,
                Map.of("reason", "A reason.")), suspendedFirst));
        // Articles
        rules.add(web("/articles", Rightful.EDITOR, (t, k) -> Call.form("/articles", "title", "An article " + fresh("a"),
                "summary", "A summary.", "body", "Some text.", "roles", "cto", "action", "publish")));
        rules.add(web("/articles/{slug}/edit", Rightful.EDITOR, (t, k) -> Call.form("/articles/" + t.article() + "/edit",
                "title", "Edited article " + fresh("a"), "summary", "Edited.", "body", "Edited text.", "roles", "cio")));
        rules.add(web("/articles/{slug}/publish", Rightful.EDITOR,
                (t, k) -> Call.form("/articles/" + t.draft() + "/publish")));
        rules.add(web("/articles/{slug}/delete", Rightful.EDITOR,
                (t, k) -> Call.form("/articles/" + t.article() + "/delete")));
        rules.add(api("POST", "/api/articles", Rightful.EDITOR, (t, k) -> Call.json("/api/articles",
                Map.of("title", "An article " + fresh("a"), "summary", "A summary.", "body", "Some text.",
                        "roles", List.of("cto"), "publish", true))));
        rules.add(api("PUT", "/api/articles/{slug}", Rightful.EDITOR, (t, k) -> Call.json("/api/articles/" + t.article(),
                Map.of("title", "Edited article " + fresh("a"), "summary", "Edited.", "body", "Edited text.",
                        "roles", List.of("cio")))));
        // Catalogue editing: editors change roles and frameworks; any member may suggest an edit to a role
        rules.add(web("/roles/{slug}/edit", Rightful.EDITOR, (t, k) -> Call.form("/roles/cio/edit",
                filledForm(editor, "/roles/cio/edit", "role-form", "summary", "A summary " + fresh("edited"),
                        "reason", "A clearer summary"))));
        rules.add(api("PUT", "/api/roles/{slug}", Rightful.EDITOR, (t, k) -> Call.json("/api/roles/chief-data-officer",
                Map.of("summary", "A summary " + fresh("put"), "reason", "A clearer summary"),
                Map.of("If-Match", "\"" + roleVersion("chief-data-officer") + "\""))));
        long[] earlierRevision = new long[1];
        rules.add(new Rule("POST", "/roles/{slug}/restore", false, Rightful.EDITOR, List.of(""),
                (t, k) -> Call.form("/roles/cto/restore", "revision", Long.toString(earlierRevision[0]),
                        "version", roleVersion("cto"), "reason", "Back to the earlier text"),
                (t, k) -> {
                    earlierRevision[0] = editRole("cto");
                    editRole("cto");
                }));
        rules.add(new Rule("POST", "/roles/{slug}/shipped/ignore", false, Rightful.EDITOR, List.of(""),
                (t, k) -> Call.form("/roles/data-engineer/shipped/ignore"), (t, k) -> shippedTextChanged("data-engineer")));
        rules.add(web("/frameworks/{key}/edit", Rightful.EDITOR, (t, k) -> Call.form("/frameworks/focus/edit",
                filledForm(editor, "/frameworks/focus/edit", "framework-form", "name", "Focus " + fresh("renamed"),
                        "reason", "A clearer name"))));
        rules.add(web("/roles/{slug}/suggest", Rightful.ANY_MEMBER, (t, k) -> Call.form("/roles/qa-engineer/suggest",
                filledForm(other, "/roles/qa-engineer/suggest", "role-form", "summary", "A summary " + fresh("suggested"),
                        "reason", "Reads more plainly"))));
        long[] suggestion = new long[1];
        Preparation suggested = (t, k) -> suggestion[0] = suggest(owner, "agile-coach");
        rules.add(new Rule("POST", "/suggestions/{id}/accept", false, Rightful.EDITOR, List.of(""),
                (t, k) -> Call.form("/suggestions/" + suggestion[0] + "/accept",
                        filledForm(editor, "/suggestions/" + suggestion[0], "role-form")), suggested));
        rules.add(new Rule("POST", "/suggestions/{id}/reject", false, Rightful.EDITOR, List.of(""),
                (t, k) -> Call.form("/suggestions/" + suggestion[0] + "/reject", "reason", "Not what the role does"),
                suggested));
        rules.add(web("/notifications/{id}/read", Rightful.ANY_MEMBER, (t, k) -> Call.form("/notifications/1/read")));
        rules.add(web("/notifications/read", Rightful.ANY_MEMBER, (t, k) -> Call.form("/notifications/read")));
        rules.add(web("/notifications/settings", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/notifications/settings", "answer", "email")));
        rules.add(web("/follow/questions/{id}", Rightful.ANY_MEMBER,
                (t, k) -> Call.form("/follow/questions/" + t.question(), "follow", "true")));
        rules.add(web("/follow/roles/{slug}", Rightful.ANY_MEMBER, (t, k) -> Call.form("/follow/roles/cto")));
        rules.add(api("POST", "/api/notifications/read", Rightful.ANY_MEMBER,
                (t, k) -> Call.json("/api/notifications/read", Map.of("all", true))));
        // the signed link is the proof (no session, no CSRF field: mail clients post it, RFC 8058)
        rules.add(new Rule("POST", "/notifications/unsubscribe", false, Rightful.ANYONE, List.of(""),
                (t, k) -> Call.form(unsubscribeLink(t.member())), (t, k) -> unsubscribeSecret()));
        return rules;
    }

    /**
     * The form {@code formId} on the page as {@code member} sees it, every field as the page fills it in (not the
     * CSRF field, which the sender adds), with the given name/value pairs in place of the page's values.
     */
    private String[] filledForm(Site.Member member, String page, String formId, String... changes) {
        HttpResponse<String> response = member.get(page);
        assertThat(response.statusCode()).as("%s as %s: %s", page, member.username, response.body()).isEqualTo(200);
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(response.body()).getElementById(formId);
        assertThat(form).as("form %s on %s", formId, page).isNotNull();
        Map<String, String> replaced = new LinkedHashMap<>();
        for (int i = 0; i < changes.length; i += 2) {
            replaced.put(changes[i], changes[i + 1]);
        }
        List<String> pairs = new ArrayList<>();
        for (org.jsoup.nodes.Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || replaced.containsKey(name)
                    || field.is("input[type=checkbox]:not([checked]), input[type=radio]:not([checked])")) {
                continue;
            }
            List<String> values = switch (field.tagName()) {
                case "textarea" -> List.of(field.wholeText());
                case "select" -> field.select("option[selected]").isEmpty()
                        ? (field.hasAttr("multiple") ? List.of() : List.of(field.select("option").first().val()))
                        : field.select("option[selected]").eachAttr("value");
                default -> List.of(field.val());
            };
            values.forEach(value -> {
                pairs.add(name);
                pairs.add(value);
            });
        }
        replaced.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return pairs.toArray(String[]::new);
    }

    /** The role's version, as its ETag names it for If-Match. */
    private String roleVersion(String slug) {
        HttpResponse<String> role = site.get("/api/roles/" + slug);
        assertThat(role.statusCode()).as(role.body()).isEqualTo(200);
        return role.headers().firstValue("ETag").orElseThrow().replaceFirst("^W/", "").replace("\"", "");
    }

    /** An editor's change to the role's summary through the API; the revision it made. */
    private long editRole(String slug) {
        HttpResponse<String> saved = editor.api("PUT", "/api/roles/" + slug, Map.of("summary",
                "A summary " + fresh("prepared"), "reason", "Preparing the target."),
                Map.of("If-Match", "\"" + roleVersion(slug) + "\""));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return Site.json(saved).get("revision").asLong();
    }

    /** An edited role whose shipped text changed since editors last looked, as after an upgrade. */
    private void shippedTextChanged(String slug) {
        assertThat(jdbc.sql("update catalog_role set shipped_hash = 'an earlier release', edited = true "
                + "where slug = ? and origin = 'shipped'").param(slug).update()).isEqualTo(1);
    }

    /** A member's suggested edit to the role's summary, pending; its id. */
    private long suggest(Site.Member member, String slug) {
        String page = "/roles/" + slug + "/suggest";
        HttpResponse<String> sent = member.post(page, filledForm(member, page, "role-form", "summary",
                "A summary " + fresh("proposed"), "reason", "Preparing the target."));
        String location = sent.headers().firstValue("Location").orElse("");
        assertThat(location).as("suggesting: %d %s", sent.statusCode(), sent.body()).matches(".*/suggestions/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Every post kind with every decision, as "questions/hide". */
    private static List<String> variants(List<String> decisions) {
        return POST_KINDS.stream().flatMap(kind -> decisions.stream().map(d -> kind + "/" + d)).toList();
    }

    private void unsubscribeSecret() {
        jdbc.sql("insert into cluster_secret (name, secret) select 'unsubscribe-links', ? from (values (1)) as one (x) "
                + "where not exists (select 1 from cluster_secret where name = 'unsubscribe-links')")
                .param(java.util.Base64.getEncoder().encodeToString("thirty-two bytes of test secret!".getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII))).update();
    }

    /** Signed as the server signs it: HMAC-SHA256 over "member id:kind" under the stored secret. */
    private String unsubscribeLink(String username) {
        String secret = jdbc.sql("select secret from cluster_secret where name = 'unsubscribe-links'")
                .query(String.class).single();
        long id = jdbc.sql("select id from member where username = ?").param(username).query(Long.class).single();
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret), "HmacSHA256"));
            String sig = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((id + ":answer").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return "/notifications/unsubscribe?member=" + id + "&kind=answer&sig=" + sig;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Display names may not look like another member's name, and these actors are made again for every rule. */
    private Site.Member named(String username, String role) {
        return site.member(username, role + " of " + username);
    }

    private static Rule web(String pattern, Rightful rightful, BiFunction<Targets, String, Call> call) {
        return new Rule("POST", pattern, false, rightful, List.of(""), call, (t, k) -> { });
    }

    private static Rule api(String method, String pattern, Rightful rightful, BiFunction<Targets, String, Call> call) {
        return new Rule(method, pattern, true, rightful, List.of(""), call, (t, k) -> { });
    }

    private static List<Actor> actors(Rule rule) {
        List<Actor> actors = new ArrayList<>();
        if (rule.rightful() != Rightful.ANYONE) {
            actors.add(Actor.ANONYMOUS);
            if (rule.rightful() != Rightful.ANY_MEMBER) {
                actors.add(Actor.OTHER_MEMBER);
            }
            actors.add(Actor.SUSPENDED_MEMBER);
        }
        if (rule.api()) {
            actors.add(Actor.REVOKED_TOKEN);
            actors.add(Actor.SESSION_WITHOUT_TOKEN);
        } else {
            actors.add(Actor.NO_CSRF_FIELD);
        }
        return actors;
    }

    private void setUp() {
        site = Site.onPort(port);
        owner = named(fresh("owner"), "Owner");
        other = named(fresh("other"), "Other");
        moderator = named(fresh("moderator"), "Moderator");
        editor = named(fresh("editor"), "Editor");
        suspended = named(fresh("suspended"), "Suspended");
        Grants.grant(jdbc, moderator.username, "moderator");
        Grants.grant(jdbc, editor.username, "editor");
        Grants.grant(jdbc, suspended.username, "moderator");
        Grants.grant(jdbc, suspended.username, "editor");
        Map<Rightful, Site.Member> rightful = Map.of(Rightful.ANY_MEMBER, other, Rightful.OWNER, owner,
                Rightful.MODERATOR, moderator, Rightful.EDITOR, editor);
        rightful.forEach((who, member) -> {
            String token = member.createToken("to be revoked");
            HttpResponse<String> revoked = member.post("/me/tokens/" + member.tokenId(token) + "/revoke");
            assertThat(revoked.statusCode()).as("revoking a token: %s", revoked.body()).isEqualTo(302);
            assertThat(site.api("GET", "/api/me", token, null).statusCode()).as("a revoked token").isEqualTo(401);
            revokedTokens.put(who, token);
        });
        suspendedOwn = targets(suspended);
        suspend(suspended.username);
        assertThat(site.api("GET", "/api/me", suspended.token, null).statusCode()).as("a suspended member's token")
                .isEqualTo(401);
    }

    /** A password reset link for the member, as the mail would carry it (the table keeps its SHA-256). */
    private String resetLink(String username) {
        String token = fresh("reset-link");
        long id = jdbc.sql("select id from member where username = ?").param(username).query(Long.class).single();
        jdbc.sql("insert into member_mail_token (token_hash, member_id, purpose, email, created_at, expires_at) "
                        + "values (?, ?, 'reset', ?, current_timestamp, ?)")
                .params(sha256(token), id, username + "@example.test",
                        java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)))
                .update();
        return token;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fresh(String prefix) {
        return prefix + "-" + names.incrementAndGet();
    }

    /** Posts, a poll and a token of {@code member}; a published article and a draft; a member to suspend. */
    private Targets targets(Site.Member member) {
        long question = member.ask("Whose budget is it " + fresh("q") + "?", "The question's text.",
                Map.of("poll", Map.of("options", List.of("Ours", "Theirs"))));
        long answer = member.answer(question, "An answer's text.");
        long questionComment = member.comment("questions", question, "A comment's text.");
        long answerComment = member.comment("answers", answer, "A comment's text.");
        long poll = Site.json(site.get("/api/questions/" + question)).get("poll").get("id").asLong();
        String article = article(true);
        String commentsUrl = Site.json(site.get("/api/articles/" + article)).get("commentsUrl").asString();
        long articleId = Long.parseLong(commentsUrl.substring(commentsUrl.lastIndexOf('/') + 1));
        long token = member.tokenId(member.createToken("a token to revoke"));
        String target = named(fresh("target"), "Target").username;
        return new Targets(question, answer, questionComment, answerComment, poll, article, articleId, article(false),
                token, target);
    }

    private String article(boolean publish) {
        HttpResponse<String> created = editor.api("POST", "/api/articles", Map.of("title", "Article " + fresh("t"),
                "summary", "A summary.", "body", "Some text.", "roles", List.of("cto"), "publish", publish));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow().replace("/api/articles/", "");
    }

    private void moderate(String kind, long id, String action) {
        HttpResponse<String> done = moderator.api("POST", "/api/moderation/" + kind + "/" + id + "/" + action,
                Map.of("reason", "Preparing the target."));
        assertThat(done.statusCode()).as("%s %s %d: %s", action, kind, id, done.body()).isEqualTo(200);
    }

    /** Held for review, as a new member's first posts are when the site holds them (hold-first-posts is off here). */
    private void hold(String kind, long id) {
        String table = kind.substring(0, kind.length() - 1);
        assertThat(jdbc.sql("update " + table + " set moderation = 'held' where id = ?").param(id).update()).isEqualTo(1);
    }

    private void flag(String kind, long id) {
        HttpResponse<String> flagged = site.api("POST", "/api/" + kind + "/" + id + "/flags", moderator.token,
                Map.of("reason", "spam"));
        assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    }

    private void suspend(String username) {
        HttpResponse<String> done = moderator.api("POST", "/api/moderation/members/" + username + "/suspend",
                Map.of("reason", "Preparing the target."));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    private Site.Member rightfulMember(Rightful rightful) {
        return switch (rightful) {
            case ANYONE -> site.visitor();
            case ANY_MEMBER -> other;
            case OWNER -> owner;
            case MODERATOR -> moderator;
            case EDITOR -> editor;
        };
    }

    private void tryAs(Rule rule, String kind, Actor actor, Targets targets) {
        Targets acted = actor == Actor.SUSPENDED_MEMBER && rule.rightful() == Rightful.OWNER ? suspendedOwn : targets;
        Call call = rule.call().apply(acted, kind);
        String what = rule.key() + (kind.isEmpty() ? "" : " (" + kind + ")") + " as " + actor + ": " + rule.method()
                + " " + call.path();
        if (TOLERATED.containsKey(rule.key() + " as " + actor)) {
            outcomes.computeIfAbsent(rule.key(), k -> new TreeMap<>()).put(actor, 0);
            return;
        }
        Map<String, String> before = fingerprint();
        HttpResponse<String> response = send(rule, call, actor);
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean toSignIn = (status == 302 || status == 303) && location.matches(SIGN_IN);
        if (!(Set.of(401, 403, 404, 409).contains(status) || toSignIn)) {
            violations.add(what + " was answered " + status + " " + location);
        }
        Map<String, String> after = fingerprint();
        if (!after.equals(before)) {
            violations.add(what + " (answered " + status + ") changed rows: " + changed(before, after));
        }
        outcomes.computeIfAbsent(rule.key(), k -> new TreeMap<>()).put(actor, status);
        attempts++;
    }

    private HttpResponse<String> send(Rule rule, Call call, Actor actor) {
        if (rule.api()) {
            return switch (actor) {
                case ANONYMOUS -> site.api(rule.method(), call.path(), null, call.json(), call.headers());
                case OTHER_MEMBER -> site.api(rule.method(), call.path(), other.token, call.json(), call.headers());
                case SUSPENDED_MEMBER -> site.api(rule.method(), call.path(), suspended.token, call.json(),
                        call.headers());
                case REVOKED_TOKEN -> site.api(rule.method(), call.path(), revokedTokens.get(rule.rightful()), call.json(),
                        call.headers());
                case SESSION_WITHOUT_TOKEN -> rightfulMember(rule.rightful()).sendWithCookies(jsonRequest(rule, call));
                case NO_CSRF_FIELD -> throw new IllegalArgumentException("the API takes no CSRF field");
            };
        }
        return switch (actor) {
            case ANONYMOUS -> site.visitor().post(call.path(), call.form());
            case OTHER_MEMBER -> other.post(call.path(), call.form());
            case SUSPENDED_MEMBER -> suspended.post(call.path(), call.form());
            case NO_CSRF_FIELD -> rightfulMember(rule.rightful()).postWithoutCsrf(call.path(), call.form());
            case REVOKED_TOKEN, SESSION_WITHOUT_TOKEN -> throw new IllegalArgumentException("pages take no token");
        };
    }

    private HttpRequest.Builder jsonRequest(Rule rule, Call call) {
        HttpRequest.Builder request = site.request(call.path()).header("Content-Type", "application/json")
                .method(rule.method(), call.json() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Site.JSON.writeValueAsString(call.json())));
        call.headers().forEach(request::header);
        return request;
    }

    private static Map<String, String> changed(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, rows) -> {
            if (!rows.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + rows);
            }
        });
        return changed;
    }

    /** The rightful user's same request works: the refusals above were about who asked, not how. */
    private void succeedsForTheRightfulUser(Rule rule, String kind, Targets targets) {
        Call call = rule.call().apply(targets, kind);
        Site.Member member = rightfulMember(rule.rightful());
        HttpResponse<String> response = rule.api() ? member.api(rule.method(), call.path(), call.json(), call.headers())
                : member.post(call.path(), call.form());
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(status >= 200 && status < 300 || status == 302 && !location.matches(SIGN_IN))
                .as("%s (%s) by its rightful user (%s) was answered %d %s %s", rule.key(), kind, rule.rightful(), status,
                        location, response.body()).isTrue();
    }

    /** /error shows an error page to whoever asks, with any method, and changes nothing. */
    private void errorPageChangesNothing() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (String token : new String[] {null, other.token, suspended.token}) {
                Map<String, String> before = fingerprint();
                HttpRequest.Builder request = site.request("/error")
                        .method(method, HttpRequest.BodyPublishers.ofString("x=1"));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = site.send(request);
                assertThat(response.statusCode()).as("%s /error", method).isBetween(200, 499);
                assertThat(fingerprint()).as("rows changed by %s /error", method).isEqualTo(before);
                attempts++;
            }
        }
    }

    /** Every row of every table a request could change, the catalogue's included (editors change roles and frameworks). */
    private Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        List<String> names = jdbc.sql("select table_name from information_schema.tables "
                + "where lower(table_schema) = 'public' and lower(table_type) in ('table', 'base table')")
                .query(String.class).list();
        for (String table : names) {
            String lower = table.toLowerCase(Locale.ROOT);
            if (lower.startsWith("flyway") || BACKGROUND_TABLES.contains(lower)) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
                Map<String, Object> kept = new TreeMap<>();
                row.forEach((column, value) -> {
                    if (!VOLATILE_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                        kept.put(column.toLowerCase(Locale.ROOT), value instanceof byte[] b ? java.util.Arrays.toString(b)
                                : value);
                    }
                });
                rows.add(kept.toString());
            }
            rows.sort(null);
            tables.put(lower, rows.size() + " rows, hash " + rows.hashCode());
        }
        assertThat(tables).containsKeys("question", "answer", "comment", "member", "access_token", "article",
                "catalog_role", "catalog_role_value", "catalog_framework", "catalog_revision", "role_suggestion");
        return tables;
    }
}
