package org.roleatlas.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.catalog.RoleNames;

/**
 * Finds the role names a Reporting Relationship or Professional Development cell gives, so that an imported
 * text and the role's links cannot disagree (docs/CATALOG-FORMAT.md, "Links follow the text").
 *
 * <p>A cell is cut into clauses at {@code ;}, a full stop and line breaks. In each clause the names follow a
 * marker phrase ("reports to", "→", "path to", ...), up to the end of the clause, and are separated by commas,
 * slashes, "or", "and" and "then". A cell with no marker phrase at all is a bare list of names when it is short
 * ("CEO or CTO"), and names nobody otherwise. Leading words such as "the", "a" or "usually", parenthesised remarks
 * and trailing qualifiers ("... in large companies") are not part of a name; the board, shareholders, investors
 * and founders are not roles.
 */
final class RoleMentions {

    /** The links a dimension's text decides. */
    enum Kind {
        REPORTS_TO("reporting-relationship",
                "\\b(?:reports?|reporting)\\s+(?:in)?to\\b|\\breports?\\s+directly\\s+to\\b|\\bmanaged\\s+by\\b"),
        NEXT_ROLES("professional-development",
                "→|->|\\bpath\\s+(?:is\\s+)?to\\b|\\bnext\\s+steps?\\s+(?:is|are|to|:)?|\\bmoves?\\s+(?:on\\s+|up\\s+)?to\\b"
                        + "|\\bgrows?\\s+into\\b|\\bprogress(?:es)?\\s+to\\b|\\bpromot(?:ed|ion)\\s+to\\b|\\bleads?\\s+to\\b");

        final String dimensionKey;
        final Pattern marker;

        Kind(String dimensionKey, String marker) {
            this.dimensionKey = dimensionKey;
            this.marker = Pattern.compile(marker, Pattern.CASE_INSENSITIVE);
        }
    }

    static final int BARE_LIST_WORDS = 8;
    private static final Pattern CLAUSE = Pattern.compile(";|\\.(?=\\s|$)|\\R");
    private static final Pattern SEPARATOR = Pattern.compile(",|/|&|\\s+(?:or|and|then|and/or)\\s+|\\bor\\b|\\beither\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:the|a|an|usually|often|typically|directly|straight|then|eventually|possibly|sometimes|mostly|"
                    + "either|or|and|to|into|a\\s+role\\s+as|roles?\\s+such\\s+as|e\\s*g)\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(
            "\\s+(?:in|at|when|where|for|with|who|which|until|if|once|on|as|of\\s+(?:a|an)|of\\s+the\\s+company|roles?)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_ROLES = Set.of("board", "board of directors", "directors", "shareholders",
            "investors", "founders", "founder", "owners", "owner", "co founders", "management");

    private RoleMentions() {
    }

    /** The names the text gives, in order, without duplicates; not yet resolved to roles. */
    static List<String> names(String text, Kind kind) {
        List<String> lists = new ArrayList<>();
        for (String clause : CLAUSE.split(text)) {
            Matcher m = kind.marker.matcher(clause);
            if (m.find()) {
                lists.add(clause.substring(m.end()));
            }
        }
        if (lists.isEmpty() && text.strip().split("\\s+").length <= BARE_LIST_WORDS) {
            lists.add(text);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String list : lists) {
            for (String item : SEPARATOR.split(PARENTHESES.matcher(list).replaceAll(" "))) {
                String name = cleaned(item);
                if (!name.isEmpty() && !NOT_ROLES.contains(RoleNames.normalize(name))) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    private static String cleaned(String item) {
        String name = item.replaceAll("[\"'“”‘’:]", " ").strip();
        name = LEADING.matcher(name).replaceFirst("");
        name = TRAILING.matcher(name).replaceFirst("");
        return name.strip();
    }
}
