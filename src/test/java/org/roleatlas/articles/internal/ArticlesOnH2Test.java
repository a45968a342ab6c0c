package org.roleatlas.articles.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ArticlesOnH2Test extends ArticlesContract {
}
