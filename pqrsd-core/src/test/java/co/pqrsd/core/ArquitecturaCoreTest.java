package co.pqrsd.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays framework-free, also through transitive leaks (style.md R2). */
@AnalyzeClasses(packages = "co.pqrsd.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArquitecturaCoreTest {

	@ArchTest
	static final ArchRule sinFramework = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta..", "org.flowable..", "org.apache.tika..", "java.sql..",
				"javax.sql..", "org.postgresql..");

	@ArchTest
	static final ArchRule sinSalidaEstandarNiJul = noClasses().should()
		.accessField(System.class, "out")
		.orShould()
		.dependOnClassesThat()
		.resideInAPackage("java.util.logging..");

}
