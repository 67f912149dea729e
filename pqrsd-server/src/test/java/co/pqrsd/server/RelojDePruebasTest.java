package co.pqrsd.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Tests read "now" and "today" from the injected {@link RelojAjustable}, as the server
 * does, never from the wall clock: a test must not pass or fail depending on the day it
 * runs.
 */
class RelojDePruebasTest {

	private final JavaClasses pruebas = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("co.pqrsd.server");

	@Test
	void lasPruebasNoLeenLaFechaDelSistema() {
		noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now", java.time.ZoneId.class)
			.orShould()
			.callMethod(Instant.class, "now")
			.because("la fecha de una prueba viene de RelojAjustable (hoy(), instant()), no del día en que se ejecuta")
			.check(pruebas);
	}

}
