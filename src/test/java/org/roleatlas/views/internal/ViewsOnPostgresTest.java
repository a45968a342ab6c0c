package org.roleatlas.views.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class ViewsOnPostgresTest extends ViewsContract {
}
