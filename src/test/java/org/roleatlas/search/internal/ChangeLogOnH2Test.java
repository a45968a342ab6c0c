package org.roleatlas.search.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ChangeLogOnH2Test extends ChangeLogContract {
}
