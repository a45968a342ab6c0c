package org.roleatlas;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class StatementCountOnH2Test extends StatementCountContract {
}
