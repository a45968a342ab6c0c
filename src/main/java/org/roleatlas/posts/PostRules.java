package org.roleatlas.posts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.RoleTags;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.roleatlas.system.errors.InvalidFieldsException;

/** Checks what a member submits; every problem names its field, and all of them are reported at once. */
public final class PostRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_COMMENT = 2000;

    private final Map<String, String> errors = new LinkedHashMap<>();

    public String title(String title) {
        String cleaned = title == null ? "" : title.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_TITLE) {
            errors.putIfAbsent("title", "Title: 1 to " + MAX_TITLE + " characters");
        }
        return cleaned;
    }

    public String body(String body) {
        String cleaned = body == null ? "" : body.strip();
        if (cleaned.isEmpty() || cleaned.length() > MarkdownRenderer.MAX_LENGTH) {
            errors.putIfAbsent("body", "Body: 1 to " + String.format(Locale.ROOT, "%,d", MarkdownRenderer.MAX_LENGTH)
                    + " characters");
        }
        return cleaned;
    }

    /** A comment is short: at most {@link #MAX_COMMENT} characters of Markdown (the column is that wide). */
    public String comment(String body) {
        String cleaned = body == null ? "" : body.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_COMMENT) {
            errors.putIfAbsent("body", "Comment: 1 to " + String.format(Locale.ROOT, "%,d", MAX_COMMENT)
                    + " characters");
        }
        return cleaned;
    }

    /** Role names as the comparison builder takes them (title, abbreviation, alias or slug); @return the slugs */
    public List<String> roles(List<String> given, CatalogSnapshot catalog) {
        RoleTags.Resolved tags = RoleTags.resolve(given, catalog);
        RoleTags.problem(tags, catalog).ifPresent(problem -> errors.putIfAbsent("roles", problem));
        return tags.slugs();
    }

    /**
     * Another part of the submission checked by its own module's rules (a poll), with the same field errors, so
     * every problem is reported at once.
     */
    public <T> T also(Function<Map<String, String>, T> check) {
        return check.apply(errors);
    }

    /**
     * An answer's body, or an edited body, on its own: stripped.
     *
     * @throws InvalidFieldsException naming the body if it is refused
     */
    public static String checkedBody(String body) {
        return alone(rules -> rules.body(body));
    }

    /**
     * A comment on its own: stripped.
     *
     * @throws InvalidFieldsException naming the body if it is refused
     */
    public static String checkedComment(String body) {
        return alone(rules -> rules.comment(body));
    }

    private static String alone(Function<PostRules, String> field) {
        PostRules rules = new PostRules();
        String cleaned = field.apply(rules);
        rules.check();
        return cleaned;
    }

    /** @throws InvalidFieldsException if any field was refused */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
