package org.roleatlas.comments.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class CommentsOnH2Test extends CommentsContract {
}
