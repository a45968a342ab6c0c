package org.roleatlas.catalog.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class CatalogStructureOnH2Test extends CatalogStructureContract {
}
