package org.roleatlas.community.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ModerationOnH2Test extends ModerationContract {
}
