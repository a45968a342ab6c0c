package org.roleatlas.demo;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class DemoOnH2Test extends DemoContract {
}
