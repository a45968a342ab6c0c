package org.roleatlas.posts;

/** What the API answers when a post is created: its id (the Location header says where it is). */
public record CreatedJson(long id) {
}
