package org.roleatlas.moderation.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ModerationOnH2Test extends ModerationContract {
}
