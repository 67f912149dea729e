package co.pqrsd.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

	/**
	 * Each module's public surface is the few types other modules (or the framework, for
	 * events) use; a new public type is a reviewed change of this list, never an
	 * accident.
	 */
	@Test
	void laSuperficiePublicaDeCadaModuloEsLaDeclarada() {
		Map<String, Set<String>> declarada = Map.ofEntries(
				Map.entry("auditoria",
						Set.of("AccionAuditoria", "Auditoria", "Cambios", "PermisoObjetoAuditado", "Resultado",
								"SujetoAuditado")),
				Map.entry("infraestructura", Set.of("PqrsdProperties")),
				Map.entry("documentos", Set.of("AlmacenDocumentos", "DocumentosRegistrados")),
				// The document worker's entry point is started by name in a separate JVM.
				Map.entry("radicacion", Set.of("EntradasRadicacion", "EstadisticasRadicacion", "TrabajadorDocumentos")),
				Map.entry("seguridad",
						Set.of("Dependencia", "Dependencias", "Directorio", "Rol", "UsuarioAutenticado")),
				Map.entry("notificaciones",
						Set.of("AdjuntosCorreo", "CorreoNoEntregado", "Notificacion", "Notificaciones")),
				Map.entry("pqrsd", Set.of("EstadisticasPqrsd", "PqrsdCambiada", "PqrsdCiudadano", "RegistroPqrsd")),
				Map.entry("plan", Set.of("TableroPlan")), Map.entry("riesgos", Set.of("MapaRiesgos")),
				Map.entry("tableros", Set.of()),
				Map.entry("archivo",
						Set.of("Archivo", "DocumentosIncorporados", "ExpedienteCerrado", "InicioRetencionFijado")),
				Map.entry("terminos", Set.of("CalendarioModificado", "TerminosEntidad")), Map.entry("correo", Set.of()),
				Map.entry("informes", Set.of()),
				// The operator's commands are started from PqrsdApplication.main; each
				// module adds its demo step.
				Map.entry("operacion", Set.of("ComandosOperacion", "PasoDemo")));
		declarada.forEach((modulo, tipos) -> {
			Set<String> publicos = clases.stream()
				.filter(c -> c.getPackageName().equals("co.pqrsd.server." + modulo))
				.filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
				.map(JavaClass::getSimpleName)
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(publicos).as("tipos públicos de %s", modulo).containsExactlyInAnyOrderElementsOf(tipos);
		});
	}

	@Test
	void elTiempoVieneDelRelojInyectado() {
		noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("el dominio lee la hora del Clock inyectado, que las pruebas fijan (style.md R8)")
			.check(clases);
	}

	@Test
	void soloElMotorConoceFlowable() {
		noClasses().that()
			.resideOutsideOfPackage("co.pqrsd.server.pqrsd.motor..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.flowable..")
			.because("el motor BPMN queda detrás del módulo pqrsd (style.md R7)")
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
