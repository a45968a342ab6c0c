package org.roleatlas.demo;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("postgres")
class DemoOnPostgresTest extends DemoContract {
}
