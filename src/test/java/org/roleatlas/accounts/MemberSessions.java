package org.roleatlas.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Members for web tests, the way a browser makes them: sign up, sign in, create a personal access token. */
public final class MemberSessions {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(ra_[A-Za-z0-9_-]+)<");

    private final MockMvc mvc;

    public MemberSessions(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Each sign-up comes from an address of its own, so tests never meet the per-address sign-up limit. */
    public static MockHttpServletRequestBuilder fromOwnAddress(MockHttpServletRequestBuilder request) {
        int n = ADDRESSES.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr("10.1." + (n / 250) + "." + (n % 250 + 1));
            return r;
        });
    }

    /** Signs up with the address {@code username@example.test}; the sign-up's own session is left behind. */
    public void signUp(String username, String displayName) throws Exception {
        mvc.perform(fromOwnAddress(post("/sign-up")).with(csrf()).param("username", username).param("password", PASSWORD)
                        .param("displayName", displayName).param("email", username + "@example.test"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/me?welcome"));
    }

    /** Signs a member up (named "Name of {@code username}") and in. */
    public MockHttpSession signedIn(String username) throws Exception {
        signUp(username, "Name of " + username);
        return signIn(username);
    }

    public MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/me")).andReturn().getRequest().getSession(false);
    }

    /**
     * Signs a member up and in, with the profile the community tests sign posts with ("Chief Information Officer in
     * Manufacturing, 10,001+ employees").
     */
    public MockHttpSession signUpWithProfile(String username, String displayName) throws Exception {
        signUp(username, displayName);
        MockHttpSession session = signIn(username);
        mvc.perform(post("/me").session(session).with(csrf()).param("displayName", displayName)
                        .param("jobTitle", "Chief Information Officer").param("industry", "manufacturing")
                        .param("companySize", "10001+"))
                .andExpect(redirectedUrl("/me?saved"));
        return session;
    }

    /**
     * Creates a token on the profile page and reads it from the page the form redirects to, where it is shown once.
     */
    public String createToken(MockHttpSession session, String name) throws Exception {
        mvc.perform(post("/me/tokens").session(session).with(csrf()).param("name", name))
                .andExpect(status().isFound());
        String html = mvc.perform(get("/me").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the new token is shown once").isTrue();
        return m.group(1);
    }
}
