package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

class OwnDatabasesTest {

    private final OwnDatabases factory = new OwnDatabases();

    @OwnDatabase
    abstract static class Contract {
    }

    static class OnH2Test extends Contract {
    }

    static class OnPostgresTest extends Contract {
    }

    @CommunityContract
    static class MetaAnnotated {
    }

    static class Plain {
    }

    private ContextCustomizer customizer(Class<?> testClass) {
        return factory.createContextCustomizer(testClass, List.of());
    }

    private String dbName(Class<?> testClass) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            customizer(testClass).customizeContext(context, null);
            return context.getEnvironment().getProperty("roleatlas.test.db-name");
        }
    }

    @Test
    void aClassWithoutTheAnnotationKeepsTheSharedDatabase() {
        assertThat(customizer(Plain.class)).isNull();
    }

    @Test
    void theH2AndThePostgresSubclassOfOneContractGetDatabasesOfTheirOwn() {
        assertThat(dbName(OnH2Test.class)).startsWith("onh2test_").matches("[a-z0-9_]{1,63}");
        assertThat(dbName(OnPostgresTest.class)).startsWith("onpostgrestest_").matches("[a-z0-9_]{1,63}");
        assertThat(customizer(OnH2Test.class)).isNotEqualTo(customizer(OnPostgresTest.class));
    }

    @Test
    void oneClassAlwaysGetsTheSameNameSoItsContextIsCached() {
        assertThat(customizer(OnH2Test.class)).isEqualTo(customizer(OnH2Test.class))
                .hasSameHashCodeAs(customizer(OnH2Test.class));
    }

    @Test
    void theMetaAnnotationsGiveADatabaseOfItsOwn() {
        assertThat(dbName(MetaAnnotated.class)).startsWith("metaannotated_");
        assertThat(customizer(BrowserAnnotated.class)).isNotNull();
    }

    @BrowserTest
    static class BrowserAnnotated {
    }

    @Nested
    @OwnDatabase
    class Inner {

        @Test
        void aNestedClassSharesTheDatabaseOfTheClassAroundIt() {
            assertThat(dbName(Inner.class)).startsWith("owndatabasestest_");
        }
    }

    @Test
    void namesDifferFromRunToRunButNotWithinOne() {
        assertThat(OwnDatabases.name("a")).isEqualTo(OwnDatabases.name("a")).matches("a_[a-z0-9]+");
    }
}
