package org.roleatlas.members.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class MemberPagesOnPostgresTest extends MemberPagesContract {
}
