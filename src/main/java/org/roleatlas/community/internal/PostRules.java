package org.roleatlas.community.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.system.markdown.MarkdownRenderer;

/** Checks what a member submits; every problem names its field, and all of them are reported at once. */
final class PostRules {

    static final int MAX_TITLE = 200;
    static final int MAX_ROLES = 5;
    static final int MAX_COMMENT = 2000;

    private final Map<String, String> errors = new LinkedHashMap<>();

    String title(String title) {
        String cleaned = title == null ? "" : title.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_TITLE) {
            errors.putIfAbsent("title", "Title: 1 to " + MAX_TITLE + " characters");
        }
        return cleaned;
    }

    String body(String body) {
        String cleaned = body == null ? "" : body.strip();
        if (cleaned.isEmpty() || cleaned.length() > MarkdownRenderer.MAX_LENGTH) {
            errors.putIfAbsent("body", "Body: 1 to " + String.format(Locale.ROOT, "%,d", MarkdownRenderer.MAX_LENGTH)
                    + " characters");
        }
        return cleaned;
    }

    /** A comment is short: at most {@link #MAX_COMMENT} characters of Markdown (the column is that wide). */
    String comment(String body) {
        String cleaned = body == null ? "" : body.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_COMMENT) {
            errors.putIfAbsent("body", "Comment: 1 to " + String.format(Locale.ROOT, "%,d", MAX_COMMENT)
                    + " characters");
        }
        return cleaned;
    }

    /** Slugs as given, split on commas and spaces too (one form field may hold several), in order, once each. */
    List<String> roles(List<String> given, CatalogSnapshot catalog) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String entry : given == null ? List.<String>of() : given) {
            for (String slug : entry.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                if (!slug.isEmpty()) {
                    slugs.add(slug);
                }
            }
        }
        if (slugs.isEmpty() || slugs.size() > MAX_ROLES) {
            errors.putIfAbsent("roles", "Roles: tag 1 to " + MAX_ROLES + " catalogue roles");
        }
        for (String slug : slugs) {
            if (catalog.role(slug).isEmpty()) {
                errors.putIfAbsent("roles", "Roles: no role '" + slug + "' in the catalogue");
            }
        }
        return new ArrayList<>(slugs);
    }

    /** An optional poll, checked with the other fields so every problem is reported at once; null when none. */
    NewPoll poll(PollDraft draft, java.time.Instant now) {
        return PollRules.check(draft, now, errors);
    }

    /** @throws InvalidPostException if any field was refused */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidPostException(errors);
        }
    }
}
