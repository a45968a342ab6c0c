package org.roleatlas.votes.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class VotesOnPostgresTest extends VotesContract {
}
