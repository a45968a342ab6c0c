package org.roleatlas.articles.internal;

import java.time.Instant;
import java.util.List;

/** What article pages show. Public only because the precompiled templates live in another package. */
public final class ArticleViews {

    private ArticleViews() {
    }

    public record RoleTag(String slug, String name) {
    }

    /** An article in a list; {@code date} is when it was published, or last saved for a draft. */
    public record Item(String slug, String title, String summary, List<RoleTag> roles, String byline,
                       boolean published, Instant date) {
    }

    /** @param nextUrl the next (older) page, or null on the last */
    public record Feed(String heading, String role, List<Item> items, List<Item> drafts, boolean editor,
                       String nextUrl) {
    }

    public record TocEntry(int level, String id, String text) {
    }

    /**
     * One article as its page shows it.
     *
     * @param html the rendered body: sanitised member Markdown and the application's live comparison tables
     * @param comments the comment section, rendered by the comments module
     */
    public record Article(Item item, String html, List<TocEntry> toc, int revision, Instant updatedAt, boolean editor,
                          String comments) {
    }

    public record Revision(int number, String title, String summary, String markdown, String roles, String editor,
                           Instant createdAt) {
    }

    public record History(Item item, List<Revision> revisions) {
    }

    /** The write form as submitted (or as stored, for an edit). */
    public record Form(String title, String summary, String body, List<String> roles) {

        static final Form EMPTY = new Form("", "", "", List.of());

        public Form {
            title = title == null ? "" : title;
            summary = summary == null ? "" : summary;
            body = body == null ? "" : body;
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** The role input at a position, or "" (the form has five). */
        public String role(int index) {
            return index < roles.size() ? roles.get(index) : "";
        }

        ArticleService.Draft toDraft() {
            return new ArticleService.Draft(title, summary, body, roles);
        }
    }
}
