package org.roleatlas.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links to this site point: the one place absolute links are made. The address readers reach the site at, e.g.
 * {@code https://roles.example.com}, comes from {@code roleatlas.public-url} ({@code ROLEATLAS_PUBLIC_URL}); what
 * stands in for it when it is not set depends on where the link is read:
 * <ul>
 * <li>{@link #base()} / {@link #link(String)}: nothing, the link stays relative (pages and files whose bytes are shared
 * between requests: {@code og:url}, the org chart's SVG, the OpenAPI document's server, unsubscribe links);</li>
 * <li>{@link #forRequest()}: the address the current request came in on (robots.txt, feeds, the sitemap, which must
 * be absolute and answer one request);</li>
 * <li>{@link #outsideRequests(String)}: {@code http://localhost:<port>}, the two-command start (mail, read long after
 * any request; never from a request's {@code Host} header, which a client chooses: a reset link must not point
 * elsewhere).</li>
 * </ul>
 */
@Component
public final class PublicUrl {

    private final String base;
    private final Supplier<String> port;

    @Autowired
    public PublicUrl(Environment environment) {
        this(environment.getProperty("roleatlas.public-url", ""), () -> environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")));
    }

    /** @param publicUrl the public address, or empty for none; the server's port is taken to be 8080 */
    public PublicUrl(String publicUrl) {
        this(publicUrl, () -> "8080");
    }

    private PublicUrl(String publicUrl, Supplier<String> port) {
        this.base = checked(publicUrl);
        this.port = port;
    }

    private static String checked(String publicUrl) {
        String cleaned = publicUrl == null ? "" : publicUrl.strip();
        while (cleaned.endsWith("/")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        if (!cleaned.isEmpty()) {
            try {
                URI uri = new URI(cleaned);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                        || uri.getQuery() != null || uri.getFragment() != null) {
                    throw new URISyntaxException(cleaned, "not an http(s) address");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("roleatlas.public-url must be an http or https address such as "
                        + "https://roles.example.com, got '" + cleaned + "'");
            }
        }
        return cleaned;
    }

    /** The public address without a trailing slash, or empty when none is set. */
    public String base() {
        return base;
    }

    /** @param path starting with a slash; @return it under the public address, or as it is when none is set */
    public String link(String path) {
        return base + path;
    }

    /**
     * The public address, else the address the current request came in on; without a trailing slash, e.g.
     * {@code https://roles.example.com}. Call it while handling a request.
     */
    public String forRequest() {
        if (!base.isEmpty()) {
            return base;
        }
        String current = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return current.endsWith("/") ? current.substring(0, current.length() - 1) : current;
    }

    /** @param path starting with a slash; @return it under the public address, else under http://localhost:PORT */
    public String outsideRequests(String path) {
        return (base.isEmpty() ? "http://localhost:" + port.get() : base) + path;
    }
}
