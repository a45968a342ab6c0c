package org.roleatlas.mail;

import org.roleatlas.system.PublicUrl;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for mail, from {@code roleatlas.public-url}; without it, {@code http://localhost:<port>} (the
 * two-command start). Never from a request's {@code Host} header, which a client chooses: a reset link must not point
 * elsewhere.
 */
@Component
public class MailLinks {

    private final PublicUrl publicUrl;
    private final Environment environment;

    public MailLinks(PublicUrl publicUrl, Environment environment) {
        this.publicUrl = publicUrl;
        this.environment = environment;
    }

    /** @param path starting with a slash */
    public String to(String path) {
        String base = publicUrl.base();
        if (base.isEmpty()) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            base = "http://localhost:" + port;
        }
        return base + path;
    }
}
