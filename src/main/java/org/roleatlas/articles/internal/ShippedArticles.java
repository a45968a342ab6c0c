package org.roleatlas.articles.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.roleatlas.system.errors.InvalidFieldsException;

/**
 * The articles the project ships, {@code articles/*.md} on the classpath: Markdown after a front matter of
 * {@code key: value} lines between {@code ---} lines (slug, title, summary, roles). On start each one is added when
 * new and upgraded when its file changed and no editor touched it, the way the shipped catalogue is.
 */
@Component
@Lazy(false)
class ShippedArticles implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ShippedArticles.class);

    /** One shipped file, parsed; {@code hash} is the SHA-256 of its bytes. */
    record Shipped(String file, String slug, String title, String summary, List<String> roles, String body,
                   String hash) {
    }

    private final ArticleService articles;

    ShippedArticles(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public void afterPropertiesSet() {
        int written = 0;
        for (Shipped shipped : fromClasspath()) {
            try {
                written += articles.synchronise(shipped) ? 1 : 0;
            } catch (InvalidFieldsException e) { // e.g. a user import removed a framework it compares with
                log.warn("Shipped article {} left out: {}", shipped.file(), e.getMessage());
            }
        }
        if (written > 0) {
            log.info("Shipped articles synchronised: {} written", written);
        }
    }

    static List<Shipped> fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:articles/*.md");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            List<Shipped> shipped = new ArrayList<>();
            for (Resource resource : resources) {
                shipped.add(parse(resource.getFilename(), resource.getContentAsByteArray()));
            }
            return shipped;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped articles", e);
        }
    }

    static Shipped parse(String file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.startsWith("---\n") || text.indexOf("\n---\n", 3) < 0) {
            throw new IllegalStateException(file + ": a shipped article starts with a front matter between '---' lines");
        }
        int end = text.indexOf("\n---\n", 3);
        Map<String, String> front = new HashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        for (String key : List.of("slug", "title", "summary", "roles")) {
            if (!front.containsKey(key)) {
                throw new IllegalStateException(file + ": the front matter has no '" + key + "'");
            }
        }
        return new Shipped(file, front.get("slug"), front.get("title"), front.get("summary"),
                List.of(front.get("roles").split("\\s*,\\s*")), text.substring(end + 5), sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
