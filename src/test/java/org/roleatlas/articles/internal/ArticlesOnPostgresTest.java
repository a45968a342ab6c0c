package org.roleatlas.articles.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class ArticlesOnPostgresTest extends ArticlesContract {
}
