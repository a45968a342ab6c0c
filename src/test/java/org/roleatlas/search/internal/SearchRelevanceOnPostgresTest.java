package org.roleatlas.search.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class SearchRelevanceOnPostgresTest extends SearchRelevanceContract {
}
