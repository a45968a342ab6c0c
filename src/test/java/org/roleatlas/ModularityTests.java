package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules keep their boundaries; the module documentation under target/spring-modulith-docs is rebuilt. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RoleAtlasApplication.class);
    static final String DOCS = "target/spring-modulith-docs";

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void theCommunityIsSplitIntoFeatureModulesAndNothingDependsOnTheHomePage() {
        List<String> names = MODULES.stream().map(ApplicationModule::getName).toList();
        assertThat(names).contains("posts", "questions", "comments", "votes", "polls", "moderation", "views", "home")
                .doesNotContain("community");
        ApplicationModule home = MODULES.getModuleByName("home").orElseThrow();
        assertThat(MODULES.stream().filter(m -> m.getDirectDependencies(MODULES).contains(home))
                .map(ApplicationModule::getName)).isEmpty();
        ApplicationModule compare = MODULES.getModuleByName("compare").orElseThrow();
        assertThat(compare.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .doesNotContain("questions", "comments", "votes", "polls", "moderation", "views", "posts");
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation()
                .writeIndividualModulesAsPlantUml();

        Path docs = Path.of(DOCS);
        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Questions").contains("Home");
        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            assertThat(docs.resolve("module-" + name + ".puml")).as(name).isNotEmptyFile();
            assertThat(docs.resolve("module-" + name + ".adoc")).as(name).isNotEmptyFile();
        }
    }
}
