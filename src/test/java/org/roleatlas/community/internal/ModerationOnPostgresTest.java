package org.roleatlas.community.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class ModerationOnPostgresTest extends ModerationContract {
}
