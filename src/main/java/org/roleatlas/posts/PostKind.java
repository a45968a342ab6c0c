package org.roleatlas.posts;

/** What a vote or a comment is on. The name is the value of {@code vote.post_kind} and the table the post lives in. */
enum PostKind {
    QUESTION("question"), ANSWER("answer");

    private final String table;

    PostKind(String table) {
        this.table = table;
    }

    /** @throws org.roleatlas.system.NotFoundException unless {@code name} is "question" or "answer" */
    static PostKind of(String name) {
        for (PostKind kind : values()) {
            if (kind.table.equals(name)) {
                return kind;
            }
        }
        throw new org.roleatlas.system.NotFoundException("Comments are on a question or an answer, not '" + name + "'.");
    }

    /** The kind of a question or an answer, or empty for content of other modules ({@code CommentTargets}). */
    static java.util.Optional<PostKind> find(String name) {
        for (PostKind kind : values()) {
            if (kind.table.equals(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    /** Both the stored kind and the table name; a constant, never user input, so it may go into SQL text. */
    String table() {
        return table;
    }
}
