package org.roleatlas.exchange;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ImportOnH2Test extends ImportContract {
}
