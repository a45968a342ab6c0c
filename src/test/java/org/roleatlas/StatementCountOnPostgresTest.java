package org.roleatlas;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class StatementCountOnPostgresTest extends StatementCountContract {
}
