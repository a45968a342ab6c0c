package org.roleatlas.questions.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class MemberQuestionPageOnH2Test extends MemberQuestionPageContract {
}
