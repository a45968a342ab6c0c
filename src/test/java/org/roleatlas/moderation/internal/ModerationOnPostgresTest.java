package org.roleatlas.moderation.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class ModerationOnPostgresTest extends ModerationContract {
}
