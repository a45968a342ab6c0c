package org.roleatlas.polls.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class PollsOnH2Test extends PollsContract {
}
