package org.roleatlas.posts;

/** Which post: its kind and id. Votes, comments, flags and the moderation log name posts this way. */
public record PostRef(PostKind kind, long id) {

    public static PostRef question(long id) {
        return new PostRef(PostKind.QUESTION, id);
    }

    public static PostRef answer(long id) {
        return new PostRef(PostKind.ANSWER, id);
    }
}
