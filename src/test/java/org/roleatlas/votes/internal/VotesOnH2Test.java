package org.roleatlas.votes.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class VotesOnH2Test extends VotesContract {
}
