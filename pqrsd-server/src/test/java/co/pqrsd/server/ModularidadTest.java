package co.pqrsd.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries and conventions are tests that fail the build (style.md R3, R11). */
class ModularidadTest {

	private final ApplicationModules modulos = ApplicationModules.of(PqrsdApplication.class);

	private final JavaClasses clases = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("co.pqrsd.server");

	@Test
	void laEstructuraModularEsValidaYSinCiclos() {
		modulos.verify();
	}

	@Test
	void documentaLosModulos() {
		new Documenter(modulos).writeDocumentation();
	}

	@Test
	void sinInyeccionPorCampo() {
		noFields().should()
			.beAnnotatedWith(Autowired.class)
			.because("la inyección por constructor hace explícitas las dependencias")
			.check(clases);
	}

	@Test
	void sinSalidaEstandarNiJul() {
		noClasses().should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("java.util.logging..")
			.check(clases);
	}

}
