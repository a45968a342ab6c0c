package org.roleatlas.community.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class PollsOnH2Test extends PollsContract {
}
