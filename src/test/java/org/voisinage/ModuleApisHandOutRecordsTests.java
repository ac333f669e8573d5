package org.voisinage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * What one module hands another is a view or a record, never one of its entities: an entity handed out lets the other
 * module read (and lazily load, or change) what the owning module's access policy never saw. Inside a module, its
 * services and controllers pass entities freely. Read from the compiled calls, generic return types included
 * ({@code Optional<Listing>}, {@code List<Listing>}).
 */
class ModuleApisHandOutRecordsTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.voisinage");

    @Test
    void noModuleCallsAnotherModulesMethodThatReturnsAnEntity() {
        classes().should(new ArchCondition<JavaClass>("receive only views and records from other modules") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                    String from = module(caller);
                    String to = module(call.getTargetOwner());
                    if (from == null || to == null || from.equals(to)) {
                        continue;
                    }
                    call.getTarget().resolveMember().ifPresent(method -> method.getReturnType().getAllInvolvedRawTypes()
                            .stream().filter(type -> type.isAnnotatedWith(Entity.class))
                            .forEach(entity -> events.add(SimpleConditionEvent.violated(call,
                                    call.getDescription() + " hands " + from + " the entity " + entity.getName()))));
                }
            }
        }).because("module APIs return views or records, not entities (issue 11, item 5)").check(MAIN);
    }

    /** The module a class belongs to: the package right under org.voisinage; null for the application class. */
    private static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.voisinage.")) {
            return null;
        }
        String rest = name.substring("org.voisinage.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
