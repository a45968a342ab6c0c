package org.roleatlas.editing.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class RoleEditingOnH2Test extends RoleEditingContract {
}
