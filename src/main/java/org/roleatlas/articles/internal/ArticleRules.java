package org.roleatlas.articles.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleTags;
import org.roleatlas.compare.Comparisons;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.roleatlas.system.errors.InvalidFieldsException;

/**
 * Checks an article before it is saved, against the current catalogue: every problem names its field, comparison
 * blocks name their line, and all problems are reported at once.
 */
final class ArticleRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;

    private final CatalogSnapshot catalog;
    private final Map<String, String> errors = new LinkedHashMap<>();

    ArticleRules(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    /** A checked article: stripped text and role slugs in the order given. */
    record Checked(String title, String summary, String body, List<String> roles) {
    }

    /** @throws InvalidFieldsException naming every refused field */
    Checked check(String title, String summary, String body, List<String> roles) {
        Checked checked = new Checked(text("title", "Title", title, MAX_TITLE), text("summary", "Summary", summary,
                MAX_SUMMARY), text("body", "Body", body, MarkdownRenderer.MAX_LENGTH), roles(roles));
        if (!errors.containsKey("body")) {
            comparisons(checked.body());
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return checked;
    }

    private String text(String field, String label, String value, int max) {
        String cleaned = value == null ? "" : value.strip();
        if (cleaned.isEmpty() || cleaned.length() > max) {
            errors.put(field, label + ": 1 to " + String.format(Locale.ROOT, "%,d", max) + " characters");
        }
        return cleaned;
    }

    private List<String> roles(List<String> given) {
        RoleTags.Resolved tags = RoleTags.resolve(given, catalog);
        RoleTags.problem(tags, catalog).ifPresent(problem -> errors.put("roles", problem));
        return tags.slugs();
    }

    /** Every comparison block must name 2 to 6 known, distinct roles and a known framework (or none). */
    private void comparisons(String body) {
        List<String> problems = new ArrayList<>();
        for (CompareBlocks.Piece piece : CompareBlocks.split(body)) {
            if (piece instanceof CompareBlocks.Block block) {
                problems.addAll(block.problems());
                problems.addAll(problemsOf(block, catalog));
            }
        }
        if (!problems.isEmpty()) {
            errors.put("body", "Body: " + String.join("; ", problems));
        }
    }

    /** What would stop the block from rendering against this catalogue; also used at render time. */
    static List<String> problemsOf(CompareBlocks.Block block, CatalogSnapshot catalog) {
        List<String> problems = new ArrayList<>();
        String at = "line " + block.rolesLine() + ": ";
        if (block.roles().size() < Comparisons.MIN_ROLES || block.roles().size() > Comparisons.MAX_ROLES) {
            problems.add(at + "a comparison needs " + Comparisons.MIN_ROLES + " to " + Comparisons.MAX_ROLES
                    + " roles; got " + block.roles().size());
        }
        Set<String> seen = new HashSet<>();
        for (String name : block.roles()) {
            Optional<Role> role = catalog.resolve(name);
            if (role.isEmpty()) {
                problems.add(at + "no role '" + name + "' in the catalogue");
            } else if (!seen.add(role.get().slug())) {
                problems.add(at + "the role '" + name + "' is named twice");
            }
        }
        if (block.framework() != null && catalog.framework(block.framework()).isEmpty()) {
            problems.add("line " + block.frameworkLine() + ": no framework '" + block.framework() + "' (there are: "
                    + String.join(", ", catalog.frameworks().stream().map(Framework::key).toList()) + ")");
        }
        return problems;
    }
}
