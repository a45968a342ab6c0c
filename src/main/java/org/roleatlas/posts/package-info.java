/**
 * What every member post (question, answer, comment) has, shared by the modules that store posts and those that act
 * on them. Owns no table and no page. Public API: {@link org.roleatlas.posts.PostRef} ("which post": a
 * {@link org.roleatlas.posts.PostKind} and an id), {@link org.roleatlas.posts.ModerationState} (the {@code moderation}
 * column of every post table), {@link org.roleatlas.posts.Viewer} (who reads, and the one rule for which posts they
 * may see, as SQL), {@link org.roleatlas.posts.Authors} (the signed-in member, and signatures for posts),
 * {@link org.roleatlas.posts.PostRules} with {@link org.roleatlas.system.errors.InvalidFieldsException} (what a submitted post
 * must be), the API records {@link org.roleatlas.posts.AuthorJson} and {@link org.roleatlas.posts.CreatedJson}, and
 * {@link org.roleatlas.posts.Posts}: any post by kind and id, through the {@link org.roleatlas.posts.PostFinder} the
 * owning module implements (questions for questions and answers, comments for comments), so votes, comments and
 * flags never depend on the module that owns the post.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Posts")
package org.roleatlas.posts;
