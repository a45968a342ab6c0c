package org.roleatlas.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One searchable item as its owning module describes it. The search module stores exactly this and nothing else,
 * so what a result can reveal is decided by the owner.
 *
 * @param type    the source's type, e.g. {@code "answer"}
 * @param key     unique within the type
 * @param title   the item's own title; for answers and comments, the title of the question they belong to
 * @param aliases other names the item is known by (a role's abbreviation and aliases); ranked like the title
 * @param body    plain text (no markup)
 * @param roles   catalogue role slugs the item is about (a role's own slug, a question's role tags)
 * @param url     where the item is read, e.g. {@code /questions/12#answer-40}
 * @param byline  how the item is signed; for an anonymous post only the anonymous signature, never the name
 * @param visible false for hidden, held or deleted items: they are removed from the index
 * @param created when the item was written (null for catalogue roles)
 */
public record SearchDocument(String type, String key, String title, List<String> aliases, String body,
                             List<String> roles, String url, String byline, boolean visible, Instant created) {

    public SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        body = body == null ? "" : body;
        roles = List.copyOf(roles == null ? List.of() : roles);
        url = url == null ? "" : url;
        byline = byline == null ? "" : byline;
    }
}
