package org.roleatlas.views.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class ViewsOnH2Test extends ViewsContract {
}
