package org.roleatlas.compare;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ComparisonWebOnH2Test extends ComparisonWebContract {
}
