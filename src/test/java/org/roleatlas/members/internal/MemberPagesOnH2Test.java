package org.roleatlas.members.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class MemberPagesOnH2Test extends MemberPagesContract {
}
