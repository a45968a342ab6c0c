package org.roleatlas.exchange;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class ImportOnPostgresTest extends ImportContract {
}
