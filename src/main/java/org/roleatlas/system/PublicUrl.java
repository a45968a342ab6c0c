package org.roleatlas.system;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * The address readers reach this site at, e.g. {@code https://roles.example.com}, from {@code roleatlas.public-url}
 * ({@code ROLEATLAS_PUBLIC_URL}). Absolute links that leave the site (feeds, emails, the OpenAPI document) are made
 * from it, never from the request's {@code Host} header. Empty (the default): links stay relative.
 *
 * @param base without a trailing slash, or empty
 */
@ConfigurationProperties("roleatlas")
public record PublicUrl(@DefaultValue("") String publicUrl) {

    public PublicUrl {
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        if (!publicUrl.isEmpty()) {
            try {
                URI uri = new URI(publicUrl);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                        || uri.getQuery() != null || uri.getFragment() != null) {
                    throw new URISyntaxException(publicUrl, "not an http(s) address");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("roleatlas.public-url must be an http or https address such as "
                        + "https://roles.example.com, got '" + publicUrl + "'");
            }
        }
    }

    public String base() {
        return publicUrl;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicUrl.class)
    static class Registration {
    }
}
