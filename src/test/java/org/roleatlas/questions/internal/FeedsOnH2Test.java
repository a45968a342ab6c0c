package org.roleatlas.questions.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class FeedsOnH2Test extends FeedsContract {
}
