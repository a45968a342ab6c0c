package org.roleatlas.questions.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class MemberQuestionPageOnPostgresTest extends MemberQuestionPageContract {
}
