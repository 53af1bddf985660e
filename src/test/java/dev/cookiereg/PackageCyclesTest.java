package dev.cookiereg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The packages form layers: no cycle between them, and the site's files depend on nothing else. */
class PackageCyclesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cookiereg");

  /** Every package of the project is one slice, the root package and each subpackage alike. */
  private static final SliceAssignment BY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "the packages of dev.cookiereg";
        }
      };

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theSitePackageDependsOnNoOtherPackageOfTheProject() {
    classes()
        .that()
        .resideInAPackage("dev.cookiereg.site")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.cookiereg.site", "java..")
        .check(MAIN);
  }
}
