package org.roleatlas.moderation.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class HeldPostsOnPostgresTest extends HeldPostsContract {
}
