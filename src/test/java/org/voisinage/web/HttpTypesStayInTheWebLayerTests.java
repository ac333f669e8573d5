package org.voisinage.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.voisinage.common.web.ModuleSecurity;

/**
 * HTTP is the web shell's business: domain classes, services and entities say what kind of refusal they make
 * ({@code common.Refusal.Kind}) and only controllers, advices and the {@code web} and {@code config} packages turn that
 * into a status, a media type or a response entity. A module's security rules ({@link ModuleSecurity}, which name
 * HTTP methods) are web classes too: the security filter chain's part of the module. Read from the compiled classes, so a fully qualified
 * {@code org.springframework.http.HttpStatus.FORBIDDEN} without an import is caught too.
 */
class HttpTypesStayInTheWebLayerTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.voisinage");

    @Test
    void onlyControllersAdvicesAndTheWebShellUseHttpTypes() {
        noClasses()
                .that().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Advice")
                .and().areNotAssignableTo(ModuleSecurity.class)
                .and().resideOutsideOfPackages("org.voisinage.web..", "org.voisinage.config..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.http..")
                .because("HTTP statuses and types belong to the web shell (issue 11, item 1)")
                .check(MAIN);
    }

    /**
     * Services take commands, not uploads: a {@code MultipartFile} stays in the controller and the form it binds,
     * which hand the service a plain record ({@code common.PhotoUpload}, the directory's {@code AddressUpload}).
     */
    @Test
    void uploadsStopAtTheControllerAndItsForm() {
        noClasses()
                .that().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Form")
                .and().haveSimpleNameNotEndingWith("Advice")
                .and().resideOutsideOfPackages("org.voisinage.web..", "org.voisinage.config..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.web.multipart..")
                .because("services take commands, not web forms (issue 11, item 2)")
                .check(MAIN);
    }
}
