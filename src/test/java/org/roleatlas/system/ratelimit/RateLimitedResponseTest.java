package org.roleatlas.system.ratelimit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestClock;
import org.roleatlas.system.PageRenderer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a refusal reaches the client: 429, Retry-After, and the message as a problem detail or an HTML page.
 * Requests come from a signed-in member with a CSRF token, as community writes will.
 */
@WebMvcTest(controllers = RateLimitedResponseTest.PostingController.class)
@Import({PageRenderer.class, RateLimitedResponseTest.Limits.class, RateLimitedResponseTest.PostingController.class})
class RateLimitedResponseTest {

    @Autowired
    MockMvc mvc;

    @Test
    void apiClientsGetAProblemDetailWithRetryAfter() throws Exception {
        mvc.perform(asMember("/api/test-posts")).andExpect(status().isOk());
        mvc.perform(asMember("/api/test-posts")).andExpect(status().isOk());

        mvc.perform(asMember("/api/test-posts"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Too many requests"))
                .andExpect(jsonPath("$.detail").value("You are posting too fast; try again in 60 seconds."))
                .andExpect(jsonPath("$.instance").value("/api/test-posts"));
    }

    @Test
    void browsersGetAPageWithTheMessage() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(asMember("/test-posts").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        }

        mvc.perform(asMember("/test-posts").accept(MediaType.TEXT_HTML))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("429 · Too many requests")))
                .andExpect(content().string(containsString("You are posting too fast; try again in 60 seconds.")));
    }

    private static MockHttpServletRequestBuilder asMember(String path) {
        return post(path).with(user("member")).with(csrf());
    }

    /** Stands in for a community controller: one rate-limited write per path. */
    @RestController
    static class PostingController {

        private final RateLimiter limiter;

        PostingController(RateLimiter limiter) {
            this.limiter = limiter;
        }

        @PostMapping("/api/test-posts")
        String apiPost() {
            limiter.tryAcquire("post", "api-member").orThrow("posting");
            return "posted";
        }

        @PostMapping("/test-posts")
        String pagePost() {
            limiter.tryAcquire("post", "page-member").orThrow("posting");
            return "posted";
        }
    }

    @TestConfiguration
    static class Limits {

        @Bean
        RateLimiter rateLimiter() {
            return new RateLimiter(List.of(RateLimitPolicy.parse("post", "2/1m")), new TestClock(), 100);
        }
    }
}
