package org.roleatlas.community.internal;

/** What a vote is on. The name is the value of {@code vote.post_kind} and the table the post lives in. */
enum PostKind {
    QUESTION("question"), ANSWER("answer");

    private final String table;

    PostKind(String table) {
        this.table = table;
    }

    /** Both the stored kind and the table name; a constant, never user input, so it may go into SQL text. */
    String table() {
        return table;
    }
}
