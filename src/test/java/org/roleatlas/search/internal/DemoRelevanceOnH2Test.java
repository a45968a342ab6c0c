package org.roleatlas.search.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class DemoRelevanceOnH2Test extends DemoRelevanceContract {
}
