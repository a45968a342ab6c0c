package org.roleatlas.catalog.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class CatalogStructureOnPostgresTest extends CatalogStructureContract {
}
