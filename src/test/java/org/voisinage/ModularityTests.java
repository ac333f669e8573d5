package org.voisinage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(VoisinageApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    /**
     * The verification above checks arrows against each module's declared allowed dependencies, but a module that
     * declares none (no annotation, or the annotation's default) may depend on anything: a new module must not skip
     * the declaration.
     */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        var undeclared = modules.stream()
                .filter(module -> module.getBasePackage()
                        .getAnnotation(org.springframework.modulith.ApplicationModule.class)
                        .map(declaration -> Arrays.asList(declaration.allowedDependencies())
                                .contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN))
                        .orElse(true))
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .toList();

        assertThat(undeclared)
                .as("modules whose package-info has no @ApplicationModule(allowedDependencies = {...})")
                .isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
