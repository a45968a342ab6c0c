package org.roleatlas.search.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class DemoRelevanceOnPostgresTest extends DemoRelevanceContract {
}
