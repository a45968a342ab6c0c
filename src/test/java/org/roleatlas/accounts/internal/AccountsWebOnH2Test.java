package org.roleatlas.accounts.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class AccountsWebOnH2Test extends AccountsWebContract {
}
