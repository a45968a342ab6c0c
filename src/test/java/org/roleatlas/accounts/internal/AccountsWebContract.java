package org.roleatlas.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.accounts.internal.signin.SignInThrottle;
import org.roleatlas.OwnDatabase;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Signing up, signing in, the profile and personal access tokens, through the web and the API. Uses its own
 * database (it creates members), once per database engine: see the subclasses.
 */
@SpringBootTest
@OwnDatabase
@AutoConfigureMockMvc
abstract class AccountsWebContract {

    static final String PASSWORD = MemberSessions.PASSWORD;
    private static final Pattern REVOKE = Pattern.compile("/me/tokens/(\\d+)/revoke");

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return MemberSessions.fromOwnAddress(request);
    }

    void signUp(String username) throws Exception {
        new MemberSessions(mvc).signUp(username, "Dana " + username);
    }

    MockHttpSession signIn(String username) throws Exception {
        return new MemberSessions(mvc).signIn(username);
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String createToken(MockHttpSession session) throws Exception {
        return new MemberSessions(mvc).createToken(session, "script");
    }

    static long firstTokenId(String html) {
        Matcher m = REVOKE.matcher(html);
        assertThat(m.find()).as("a revoke form").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void signUpSignInAndEditingTheProfileSignsPostsWithTitleIndustryAndSize() throws Exception {
        signUp("Ciomaker");
        MockHttpSession session = signIn("ciomaker");

        mvc.perform(post("/me").session(session).with(csrf()).param("displayName", "Dana")
                        .param("jobTitle", "Chief Information Officer").param("role", "cio")
                        .param("industry", "manufacturing").param("companySize", "10001+"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/me?saved"));

        String me = page(session, "/me?saved");
        assertThat(me).contains("Chief Information Officer in Manufacturing, 10,001+ employees")
                .contains("value=\"cio\"").contains("Profile saved.");
        var member = members.findByUsername("CIOMAKER").orElseThrow();
        assertThat(member.username()).isEqualTo("ciomaker");
        assertThat(members.signature(member).text()).isEqualTo("Chief Information Officer in Manufacturing, 10,001+ employees");
        assertThat(members.signature(member).displayName()).isEqualTo("Dana");
        assertThat(members.signature(member).anonymous().text()).doesNotContain("Dana");
    }

    @Test
    void profileErrorsNameTheFieldAndAnUnknownRoleIsRefused() throws Exception {
        signUp("fieldnamer");
        MockHttpSession session = signIn("fieldnamer");

        String html = mvc.perform(post("/me").session(session).with(csrf()).param("role", "chief-wizard")
                        .param("industry", "piracy").param("companySize", "12"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Linked role: no role 'chief-wizard' in the catalogue")
                .contains("Industry: choose one").contains("Company size: choose one");
        assertThat(members.findByUsername("fieldnamer").orElseThrow().roleSlug()).isNull();
        mvc.perform(from(post("/sign-up")).with(csrf()).param("username", "shortpass").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Password: at least 10 characters")));
    }

    @Test
    void formsCarryTheCsrfTokenAndAPostWithoutItIsForbiddenAndChangesNothing() throws Exception {
        assertThat(mvc.perform(get("/sign-up")).andReturn().getResponse().getContentAsString())
                .contains("type=\"hidden\" name=\"_csrf\" value=\"");
        mvc.perform(from(post("/sign-up")).param("username", "nocsrf").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(members.findByUsername("nocsrf")).isEmpty();

        signUp("csrfvictim");
        MockHttpSession session = signIn("csrfvictim");
        mvc.perform(post("/me").session(session).param("jobTitle", "Attacker's choice")).andExpect(status().isForbidden());
        mvc.perform(post("/me/tokens").session(session).param("name", "stolen")).andExpect(status().isForbidden());
        assertThat(members.findByUsername("csrfvictim").orElseThrow().jobTitle()).isNull();
        assertThat(page(session, "/me")).contains("type=\"hidden\" name=\"_csrf\"").doesNotContain("/revoke");
    }

    @Test
    void signInFailsWithTheSameMessageForAnUnknownUserAWrongPasswordAndASuspendedMember() throws Exception {
        signUp("realperson");
        String unknown = mvc.perform(formLogin("/sign-in").user("nobody-here").password(PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();
        String wrong = mvc.perform(formLogin("/sign-in").user("realperson").password("wrong password!"))
                .andReturn().getResponse().getRedirectedUrl();
        jdbc.sql("update member set status = 'suspended' where username = 'realperson'").update();
        String suspended = mvc.perform(formLogin("/sign-in").user("realperson").password(PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(unknown).isEqualTo("/sign-in?error").isEqualTo(wrong).isEqualTo(suspended);
        assertThat(mvc.perform(get("/sign-in?error")).andReturn().getResponse().getContentAsString())
                .contains(SignUpController.SIGN_IN_FAILED);
    }

    @Test
    void repeatedWrongPasswordsMakeTheAccountWaitUncheckedButNotTheMembersOwnBrowser() throws Exception {
        signUp("guessed");
        jakarta.servlet.http.Cookie device = mvc.perform(formLogin("/sign-in").user("guessed").password(PASSWORD))
                .andExpect(redirectedUrl("/me")).andReturn().getResponse().getCookie(SignInThrottle.DEVICE_COOKIE);
        assertThat(device).as("a successful sign-in marks the browser").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT; i++) {
            mvc.perform(signInFromOwnAddress("guessed", "wrong guess " + i))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        // The attacker's next try is refused before the password is checked, even when it is the right one.
        var refused = mvc.perform(signInFromOwnAddress("guessed", PASSWORD)).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).startsWith("/sign-in?wait=");
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(mvc.perform(get(refused.getRedirectedUrl())).andReturn().getResponse().getContentAsString())
                .contains("Too many failed sign-ins");
        // The member, in the browser they signed in with before, is not held up.
        mvc.perform(signInFromOwnAddress("guessed", PASSWORD).cookie(device))
                .andExpect(redirectedUrl("/me"));
    }

    private static MockHttpServletRequestBuilder signInFromOwnAddress(String username, String password) {
        return from(post("/sign-in")).with(csrf()).param("username", username).param("password", password);
    }

    @Test
    void signUpRefusesCommonPasswordsAndOnesMadeOfTheUsernameAndRequiresADisplayName() throws Exception {
        String common = mvc.perform(from(post("/sign-up")).with(csrf()).param("username", "weakling")
                        .param("password", "Password2024!").param("displayName", "Weak Ling"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(common).contains("Password: this is one of the passwords attackers try first");
        String own = mvc.perform(from(post("/sign-up")).with(csrf()).param("username", "weakling")
                        .param("password", "weakling12").param("displayName", "Weak Ling"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("must not contain your username");
        String nameless = mvc.perform(from(post("/sign-up")).with(csrf()).param("username", "weakling")
                        .param("password", PASSWORD).param("displayName", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(nameless).contains("Display name: required");
        assertThat(members.findByUsername("weakling")).isEmpty();
    }

    @Test
    void aTakenUsernameGetsOneNeutralMessage() throws Exception {
        signUp("takenname");
        mvc.perform(from(post("/sign-up")).with(csrf()).param("username", "TakenName").param("password", PASSWORD)
                        .param("displayName", "Another Taken").param("email", "another-taken@example.test"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Username: not available; choose another.")));
    }

    @Test
    void creatingATokenRedirectsAndReloadingThePageNeitherShowsItAgainNorCreatesAnother() throws Exception {
        signUp("reloader");
        MockHttpSession session = signIn("reloader");
        mvc.perform(post("/me/tokens").session(session).with(csrf()).param("name", "script"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/me#new-token"));

        String first = page(session, "/me");
        String reloaded = page(session, "/me");

        Matcher shown = Pattern.compile("id=\"new-token\">(ra_[A-Za-z0-9_-]+)<").matcher(first);
        assertThat(shown.find()).as("the new token is shown after the redirect").isTrue();
        assertThat(reloaded).doesNotContain(shown.group(1)).doesNotContain("id=\"new-token\"");
        assertThat(jdbc.sql("select count(*) from access_token t join member m on m.id = t.member_id "
                + "where m.username = 'reloader'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDisplayNameThatImitatesAnotherMemberIsRefusedAtSignUpAndOnTheProfile() throws Exception {
        new MemberSessions(mvc).signUp("grace.hopper", "Grace Hopper");
        // Cyrillic "а" and "о" in place of the Latin letters
        String lookalike = "Gr\u0430ce H\u043epper";
        String refused = mvc.perform(from(post("/sign-up")).with(csrf()).param("username", "impostor")
                        .param("password", PASSWORD).param("displayName", lookalike))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Display name: " + MemberService.IMITATION);
        assertThat(members.findByUsername("impostor")).isEmpty();

        signUp("renamer");
        MockHttpSession session = signIn("renamer");
        String profile = mvc.perform(post("/me").session(session).with(csrf()).param("displayName", "GRACE.HOPPER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(profile).contains("Display name: " + MemberService.IMITATION);
        mvc.perform(post("/me").session(session).with(csrf()).param("displayName", "Grace Harper"))
                .andExpect(redirectedUrl("/me?saved"));
        assertThat(members.findByUsername("renamer").orElseThrow().displayName()).isEqualTo("Grace Harper");
    }

    @Test
    void thePasswordIsStoredOnlyAsABcryptHashThatMatches() throws Exception {
        signUp("hashed");
        String hash = jdbc.sql("select password_hash from member where username = 'hashed'").query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        assertThat(encoder.matches("correct horse battery!", hash)).isFalse();
    }

    @Test
    void aMemberCannotSeeOrRevokeAnotherMembersToken() throws Exception {
        signUp("owner");
        signUp("intruder");
        MockHttpSession owner = signIn("owner");
        MockHttpSession intruder = signIn("intruder");
        String token = createToken(owner);
        long id = firstTokenId(page(owner, "/me"));

        assertThat(page(intruder, "/me")).doesNotContain(token.substring(0, 8)).doesNotContain("/me/tokens/" + id);
        mvc.perform(post("/me/tokens/" + id + "/revoke").session(intruder).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("owner"));
    }

    @Test
    void aTokenAuthenticatesTheApiStatelesslyUntilRevokedThenItIsA401Problem() throws Exception {
        signUp("apiuser");
        MockHttpSession session = signIn("apiuser");
        mvc.perform(post("/me").session(session).with(csrf()).param("jobTitle", "Staff Engineer")
                .param("industry", "software").param("companySize", "51-200")).andExpect(status().isFound());
        String token = createToken(session);
        String stored = jdbc.sql("select token_hash from access_token where token_prefix = ?").param(token.substring(0, 8))
                .query(String.class).single();
        assertThat(stored).isEqualTo(AccessTokens.hash(token)).doesNotContain(token);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.title").value("Staff Engineer"))
                .andExpect(jsonPath("$.industry").value("Software"))
                .andExpect(jsonPath("$.companySize").value("51–200"))
                .andExpect(jsonPath("$.companySizeKey").value("51-200"));
        assertThat(jdbc.sql("select count(*) from access_token where last_used_at is not null and token_prefix = ?")
                .param(token.substring(0, 8)).query(Integer.class).single()).isEqualTo(1);
        // A browser session does not authenticate the API: only a token does.
        mvc.perform(get("/api/me").session(session))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/me/tokens/" + firstTokenId(page(session, "/me")) + "/revoke").session(session).with(csrf()))
                .andExpect(redirectedUrl("/me"));

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("The access token is unknown or was revoked."))
                .andExpect(jsonPath("$.instance").value("/api/me"));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/roles")).andExpect(status().isOk());
    }

    @Test
    void publicPagesStayFreeOfSessionsAndNoStoreAndComparisonsStillRevalidate() throws Exception {
        for (String path : new String[] {"/", "/roles", "/roles/cto", "/api/roles", "/compare/cto-vs-cio"}) {
            var response = mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getHeader("Cache-Control")).as(path).isNull();
            assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
            assertThat(response.getHeader("Pragma")).as(path).isNull();
        }
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("href=\"/sign-in\"")
                .contains("href=\"/sign-up\"");
        String etag = mvc.perform(get("/compare/cto-vs-cio")).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/compare/cto-vs-cio").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/me")).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src")));
    }

    @Test
    void signUpAttemptsAreLimitedPerAddressWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/sign-up").with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.77"); return r; })
                    .param("username", "probe" + i).param("password", "x")).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/sign-up").with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.77"); return r; })
                        .param("username", "probe-eleven").param("password", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")));
        assertThat(members.findByUsername("probe-eleven")).isEmpty();
        signUp("otheraddress");
    }
}
