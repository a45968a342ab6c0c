package org.roleatlas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every absolute link is made from the public address when one is set; without one, shared pages stay relative,
 * answers to a request use the address it came in on, and mail uses http://localhost and the server's port — never a
 * request's Host header.
 */
class PublicUrlTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSetAddressIsUsedEverywhereWithoutItsTrailingSlash() {
        inRequestTo("evil.example.net", 80);
        PublicUrl url = new PublicUrl(" https://roles.example.com// ");

        assertThat(url.base()).isEqualTo("https://roles.example.com");
        assertThat(url.link("/roles/cto")).isEqualTo("https://roles.example.com/roles/cto");
        assertThat(url.forRequest()).isEqualTo("https://roles.example.com");
        assertThat(url.outsideRequests("/reset-password?token=t")).isEqualTo(
                "https://roles.example.com/reset-password?token=t");
    }

    @Test
    void withoutAnAddressSharedLinksStayRelativeAndRequestsUseTheirOwnAddress() {
        inRequestTo("roles.internal", 8443);
        PublicUrl url = new PublicUrl("");

        assertThat(url.base()).isEmpty();
        assertThat(url.link("/notifications/unsubscribe?member=1")).isEqualTo("/notifications/unsubscribe?member=1");
        assertThat(url.forRequest()).isEqualTo("https://roles.internal:8443");
    }

    @Test
    void withoutAnAddressMailLinksPointAtThisServersPortOnLocalhostWhateverTheRequestSays() {
        inRequestTo("evil.example.net", 443);
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "9090");
        assertThat(new PublicUrl(environment).outsideRequests("/verify-email?token=t"))
                .isEqualTo("http://localhost:9090/verify-email?token=t");

        environment.setProperty("local.server.port", "41234"); // the port taken when server.port is 0
        assertThat(new PublicUrl(environment).outsideRequests("/me")).isEqualTo("http://localhost:41234/me");
        assertThat(new PublicUrl(new MockEnvironment()).outsideRequests("/me")).isEqualTo("http://localhost:8080/me");
    }

    @Test
    void theAddressIsReadFromTheSettingAndRefusedUnlessItIsAPlainHttpAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("roleatlas.public-url", "https://a.example/");
        assertThat(new PublicUrl(environment).base()).isEqualTo("https://a.example");

        for (String bad : new String[] {"ftp://roles.example.com", "https://roles.example.com/?page=1",
                "https://roles.example.com/#top", "roles.example.com", "https://"}) {
            assertThatThrownBy(() -> new PublicUrl(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("roleatlas.public-url");
        }
    }

    private static void inRequestTo(String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sitemap.xml");
        request.setScheme(port == 80 ? "http" : "https");
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
