package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.SizeBand;
import org.roleatlas.system.errors.BadRequestException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Service;

/** Builds comparisons from the current catalogue snapshot; every face (page, API, CLI) goes through here. */
@Service
public class Comparisons {

    public static final int MIN_ROLES = 2;
    public static final int MAX_ROLES = 6;

    private final Catalog catalog;

    public Comparisons(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param names slugs, titles, abbreviations or aliases, in column order
     * @param framework a framework key, or null for the default
     * @throws NotFoundException for an unknown role or framework, with close matches as suggestions
     * @throws BadRequestException for fewer than 2 or more than 6 roles, or a role named twice
     */
    public Comparison compare(List<String> names, String framework, boolean differencesOnly) {
        return compare(names, framework, differencesOnly, false, null);
    }

    /**
     * A comparison as the page, its exports, the API and the command line show it: the structured rows from the
     * catalogue's fields and links, then the framework's dimensions. (The three-argument form leaves the structured
     * rows out: articles embed only the dimensions, and an imported table exports back exactly as it came in.)
     */
    public Comparison structured(List<String> names, String framework, boolean differencesOnly) {
        return compare(names, framework, differencesOnly, true, null);
    }

    /**
     * As {@link #structured(List, String, boolean)}, with each role's text for a company of this size where the role
     * has a variant for it (marked in the comparison), else its plain text.
     *
     * @param size null for the plain texts
     */
    public Comparison structured(List<String> names, String framework, boolean differencesOnly, SizeBand size) {
        return compare(names, framework, differencesOnly, true, size);
    }

    private Comparison compare(List<String> names, String framework, boolean differencesOnly, boolean structure,
                               SizeBand size) {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<String> given = names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (given.size() < MIN_ROLES || given.size() > MAX_ROLES) {
            throw new BadRequestException("A comparison needs " + MIN_ROLES + " to " + MAX_ROLES + " roles; got " + given.size() + ".");
        }
        List<Role> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : given) {
            Role role = snapshot.resolve(name).orElseThrow(() -> unknownRole(snapshot, name));
            if (!seen.add(role.slug())) {
                throw new BadRequestException("The role '" + role.title() + "' is named twice; compare different roles.");
            }
            roles.add(role);
        }
        List<Comparison.Fact> facts = structure ? ComparisonFacts.of(roles, snapshot) : List.of();
        return compare(roles, facts, framework(snapshot, framework), differencesOnly, size);
    }

    static Comparison compare(List<Role> roles, List<Comparison.Fact> facts, Framework framework, boolean differencesOnly) {
        return compare(roles, facts, framework, differencesOnly, null);
    }

    static Comparison compare(List<Role> roles, List<Comparison.Fact> facts, Framework framework, boolean differencesOnly,
                              SizeBand size) {
        List<Comparison.Row> rows = new ArrayList<>();
        int same = 0;
        for (Dimension dimension : framework.dimensions()) {
            List<String> cells = roles.stream().map(r -> cell(r, dimension, size)).toList();
            List<Boolean> variants = roles.stream().map(r -> r.hasVariant(dimension.key(), size)).toList();
            boolean identical = cells.stream().map(Comparisons::sameness).distinct().count() == 1;
            same += identical ? 1 : 0;
            if (!(differencesOnly && identical)) {
                rows.add(new Comparison.Row(dimension, cells, identical, variants));
            }
        }
        List<Comparison.Fact> shownFacts = facts.stream().filter(f -> !(differencesOnly && f.identical())).toList();
        same += (int) facts.stream().filter(Comparison.Fact::identical).count();
        return new Comparison(framework, roles, shownFacts, rows, differencesOnly, same,
                facts.size() + framework.dimensions().size(), size);
    }

    private static String cell(Role role, Dimension dimension, SizeBand size) {
        String value = role.value(dimension.key(), size);
        return value.isBlank() ? Comparison.MISSING : value;
    }

    /** Cells that differ only in case or spacing count as the same. */
    private static String sameness(String cell) {
        return cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public Framework framework(CatalogSnapshot snapshot, String key) {
        if (key == null || key.isBlank()) {
            return snapshot.defaultFramework();
        }
        return snapshot.framework(key.strip()).orElseThrow(() -> new NotFoundException(
                "There is no framework '" + key + "'.",
                snapshot.frameworks().stream().map(f -> new NotFoundException.Suggestion(f.name(), "?framework=" + f.key())).toList()));
    }

    private static NotFoundException unknownRole(CatalogSnapshot snapshot, String name) {
        return new UnknownRoleException(name, snapshot.suggestions(name, 5));
    }
}
