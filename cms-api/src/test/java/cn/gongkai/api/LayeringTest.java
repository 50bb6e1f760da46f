package cn.gongkai.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of STYLE.md: interfaces → application → domain ← infrastructure. A new
 * import that breaks them fails the build, not a code review.
 */
@AnalyzeClasses(packages = "cn.gongkai", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("cn.gongkai..")
          .layer("Interfaces")
          .definedBy("cn.gongkai.api.interfaces..")
          .layer("Application")
          .definedBy("cn.gongkai.api.application..")
          .layer("Infrastructure")
          .definedBy("cn.gongkai.api.infrastructure..")
          .layer("Config")
          .definedBy("cn.gongkai.api.config..")
          .layer("Domain")
          .definedBy("cn.gongkai.domain..")
          .whereLayer("Interfaces")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
          .whereLayer("Infrastructure")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Config")
          .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Interfaces");

  @ArchTest
  static final ArchRule domainKnowsNoFrameworkButJpa =
      noClasses()
          .that()
          .resideInAPackage("cn.gongkai.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "jakarta.enterprise..",
              "jakarta.ejb..",
              "jakarta.transaction..",
              "io.pebbletemplates..",
              "org.apache.lucene..",
              "cn.gongkai.api..",
              "cn.gongkai.publisher..");

  @ArchTest
  static final ArchRule resourcesHoldNoEntityManager =
      noClasses()
          .that()
          .resideInAPackage("cn.gongkai.api.interfaces..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");
}
