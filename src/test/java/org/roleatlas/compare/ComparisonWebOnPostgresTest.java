package org.roleatlas.compare;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class ComparisonWebOnPostgresTest extends ComparisonWebContract {
}
