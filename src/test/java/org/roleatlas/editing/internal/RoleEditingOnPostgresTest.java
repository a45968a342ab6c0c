package org.roleatlas.editing.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class RoleEditingOnPostgresTest extends RoleEditingContract {
}
