package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.List;

import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;

/**
 * What the comparison page template needs beyond the comparison: the links that change the view. Each link is a
 * full URL so the page works without JavaScript; htmx only swaps the table in place.
 */
public record ComparisonPage(Comparison comparison, List<Framework> frameworks, List<Role> addable,
                             List<String> removeLinks) {

    static ComparisonPage of(Comparison comparison, List<Framework> frameworks, List<Role> allRoles) {
        List<String> slugs = comparison.roles().stream().map(Role::slug).toList();
        List<Role> addable = slugs.size() >= Comparisons.MAX_ROLES ? List.of()
                : allRoles.stream().filter(r -> !slugs.contains(r.slug())).toList();
        List<String> removeLinks = new ArrayList<>();
        for (String slug : slugs) {
            List<String> rest = slugs.stream().filter(s -> !s.equals(slug)).toList();
            removeLinks.add(rest.size() < Comparisons.MIN_ROLES ? null
                    : ComparisonPath.withQuery(ComparisonPath.of(rest), comparison.query()));
        }
        return new ComparisonPage(comparison, frameworks, addable, removeLinks);
    }

    public String url() {
        return ComparisonPath.withQuery(comparison.path(), comparison.query());
    }

    public String toggleDifferencesUrl() {
        return ComparisonPath.withQuery(comparison.path(),
                ComparisonPath.query(comparison.framework().key(), !comparison.differencesOnly(), comparison.size()));
    }

    public String frameworkUrl(Framework framework) {
        return ComparisonPath.withQuery(comparison.path(),
                ComparisonPath.query(framework.key(), comparison.differencesOnly(), comparison.size()));
    }

    /** The bands the size selector offers, smallest first. */
    public List<SizeBand> sizes() {
        return List.of(SizeBand.values());
    }

    /** The roles in the comparison that have a variant for the chosen size in any dimension of the framework. */
    public List<Role> rolesWithVariants() {
        if (comparison.size() == null) {
            return List.of();
        }
        return comparison.roles().stream().filter(r -> comparison.framework().dimensions().stream()
                .anyMatch(d -> r.hasVariant(d.key(), comparison.size()))).toList();
    }

    public String exportUrl(ExportFormat format) {
        return ComparisonPath.withQuery(comparison.path() + "." + format.extension(), comparison.query());
    }

    public String exportFileName(ExportFormat format) {
        return comparison.path().substring("/compare/".length()) + "." + format.extension();
    }

    public String title() {
        return String.join(" vs ", comparison.roles().stream().map(Role::shortName).toList());
    }
}
