package org.roleatlas.catalog.internal;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class CatalogUpgradeOnPostgresTest extends CatalogUpgradeContract {
}
