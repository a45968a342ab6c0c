package org.roleatlas.demo;

import java.util.List;
import java.util.regex.Pattern;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.demo.DemoMembers.Author;

/** Fills a fragment's placeholders ({role}, {other}, {industry}, {size}) and mends the articles in front of them. */
final class Phrases {

    /** "a" before a role title that starts with a vowel sound ("a Enterprise Architect"); titles are capitalised. */
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]) (?=[AEIO])");

    private Phrases() {
    }

    static String fill(String text, List<Role> tags, CatalogSnapshot catalog, Author author) {
        Role first = tags.get(0);
        String other = tags.size() > 1 ? tags.get(1).title()
                : first.reportsTo().stream().flatMap(slug -> catalog.role(slug).stream()).map(Role::title)
                        .findFirst().orElse("executive team");
        String filled = text.replace("{role}", first.title()).replace("{other}", other)
                .replace("{industry}", author.industry()).replace("{size}", author.size());
        return ARTICLE.matcher(filled).replaceAll("$1n ");
    }
}
