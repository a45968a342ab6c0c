package org.roleatlas.polls.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class PollsOnPostgresTest extends PollsContract {
}
