package org.roleatlas.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleNames;

/**
 * Matches what a table calls a role (a column header, a name in a cell) to a role of the catalogue or of the
 * same import, and says how it matched: by slug, title, abbreviation, alias, "Title (ABBR)", or a normalised
 * title with common short forms spelt out ("Sr." → senior, "EM" → engineering manager). Never guesses: a name
 * that matches nothing gets "did you mean" suggestions instead.
 */
final class RoleNameResolver {

    /** How a name matched; {@code how} is shown in the import report. */
    record Match(Role role, String how) {
    }

    private static final Pattern TITLE_WITH_ABBREVIATION = Pattern.compile("(.+?)\\s*\\(([^()]{1,40})\\)");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*/\\s*|\\s+or\\s+", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("sr", "senior"), Map.entry("snr", "senior"), Map.entry("jr", "junior"),
            Map.entry("mgr", "manager"), Map.entry("eng", "engineering"), Map.entry("engr", "engineer"),
            Map.entry("dir", "director"), Map.entry("em", "engineering manager"), Map.entry("swe", "software engineer"),
            Map.entry("mgmt", "management"), Map.entry("ops", "operations"), Map.entry("dev", "development"),
            Map.entry("vice president", "vp"), Map.entry("head of eng", "head of engineering"));

    private final CatalogSnapshot snapshot;
    /** Roles defined earlier in the same import (files read so far, created columns), by slug. */
    private final Map<String, Role> importing = new LinkedHashMap<>();

    RoleNameResolver(CatalogSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    void add(Role role) {
        importing.put(role.slug(), role);
    }

    Optional<Role> bySlug(String slug) {
        Role role = importing.get(slug);
        return role != null ? Optional.of(role) : snapshot.role(slug);
    }

    Optional<Match> resolve(String name) {
        String wanted = RoleNames.normalize(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<Match> exact = exactly(name, wanted);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher m = TITLE_WITH_ABBREVIATION.matcher(name.strip());
        if (m.matches()) {
            Optional<Match> title = exactly(m.group(1), RoleNames.normalize(m.group(1)));
            if (title.isPresent()) {
                return title;
            }
        }
        String expanded = expand(wanted);
        if (!expanded.equals(wanted)) {
            Optional<Match> normalised = exactly(expanded, expanded);
            if (normalised.isPresent()) {
                return Optional.of(new Match(normalised.get().role(), "normalised title '" + expanded + "'"));
            }
        }
        return alternatives(name);
    }

    /** "Principal Architect / Software Architect": the parts that name a role must all name the same one. */
    private Optional<Match> alternatives(String name) {
        String[] parts = ALTERNATIVES.split(name.strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        List<Match> matches = new ArrayList<>();
        for (String part : parts) {
            resolveSingle(part).ifPresent(matches::add);
        }
        if (matches.isEmpty() || matches.stream().map(x -> x.role().slug()).distinct().count() > 1) {
            return Optional.empty();
        }
        return Optional.of(new Match(matches.get(0).role(), "one of its names: " + matches.get(0).how()));
    }

    private Optional<Match> resolveSingle(String part) {
        String wanted = RoleNames.normalize(part);
        Optional<Match> exact = exactly(part, wanted);
        return exact.isPresent() ? exact : exactly(expand(wanted), expand(wanted));
    }

    private Optional<Match> exactly(String name, String wanted) {
        for (Role role : importing.values()) {
            Optional<String> how = how(role, name.strip(), wanted);
            if (how.isPresent()) {
                return Optional.of(new Match(role, how.get()));
            }
        }
        return snapshot.resolve(name.strip()).map(r -> importing.getOrDefault(r.slug(), r))
                .map(role -> new Match(role, how(role, name.strip(), wanted).orElse("name")));
    }

    private static Optional<String> how(Role role, String name, String wanted) {
        if (role.slug().equals(name)) {
            return Optional.of("slug");
        } else if (RoleNames.normalize(role.title()).equals(wanted)) {
            return Optional.of("title");
        } else if (RoleNames.normalize(role.displayName()).equals(wanted)) {
            return Optional.of("title and abbreviation");
        } else if (role.abbreviation() != null && RoleNames.normalize(role.abbreviation()).equals(wanted)) {
            return Optional.of("abbreviation");
        } else if (role.aliases().stream().anyMatch(a -> RoleNames.normalize(a).equals(wanted))) {
            return Optional.of("alias");
        } else if (RoleNames.normalize(role.slug()).equals(wanted)) {
            return Optional.of("slug");
        }
        return Optional.empty();
    }

    /** Spells out common short forms, word by word: "sr em" → "senior engineering manager". */
    static String expand(String normalized) {
        String text = " " + normalized + " ";
        for (Map.Entry<String, String> e : SHORT_FORMS.entrySet()) {
            text = text.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Up to three slugs to suggest for a name that matched nothing. */
    List<String> suggestions(String name) {
        List<String> slugs = new ArrayList<>();
        snapshot.suggestions(name, 12).forEach(r -> slugs.add(r.slug()));
        if (slugs.isEmpty()) {
            snapshot.suggestions(expand(RoleNames.normalize(name)), 12).forEach(r -> slugs.add(r.slug()));
        }
        // roles whose slug starts with the name first: "VP" suggests vp-of-engineering before a role with a "VP of" alias
        String start = RoleNames.slugOf(name);
        return slugs.stream().sorted(java.util.Comparator.comparing((String s) -> !s.startsWith(start))).limit(3).toList();
    }

    static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?";
    }
}
