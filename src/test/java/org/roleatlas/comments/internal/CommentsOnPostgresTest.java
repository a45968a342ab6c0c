package org.roleatlas.comments.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class CommentsOnPostgresTest extends CommentsContract {
}
