package org.roleatlas.accounts.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class AccountsWebOnPostgresTest extends AccountsWebContract {
}
