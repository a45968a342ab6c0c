package org.roleatlas.community.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class HeldPostsOnPostgresTest extends HeldPostsContract {
}
