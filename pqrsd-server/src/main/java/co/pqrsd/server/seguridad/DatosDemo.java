package co.pqrsd.server.seguridad;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code demo}: a sample municipality with dependencias and one user of each
 * role, to try the product. Every demo user's password is {@value #CONTRASENA}. Never
 * active in production.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatosDemo implements ApplicationRunner {

	static final String CONTRASENA = "Demo2026pqrsd";

	private static final Logger log = LoggerFactory.getLogger(DatosDemo.class);

	private final Dependencias dependencias;

	private final Usuarios usuarios;

	private final TransactionTemplate transaccion;

	DatosDemo(Dependencias dependencias, Usuarios usuarios, TransactionTemplate transaccion) {
		this.dependencias = dependencias;
		this.usuarios = usuarios;
		this.transaccion = transaccion;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaccion.executeWithoutResult(estado -> {
			if (dependencias.buscar("100").isPresent()) {
				return;
			}
			dep("100", "Despacho del Alcalde", null);
			dep("110", "Oficina de Control Interno", "100");
			dep("120", "Ventanilla Única de Correspondencia", "100");
			dep("130", "Oficina Jurídica", "100");
			dep("200", "Secretaría de Gobierno", "100");
			dep("210", "Inspección de Policía", "200");
			dep("300", "Secretaría de Hacienda", "100");
			dep("400", "Secretaría de Planeación e Infraestructura", "100");
			dep("500", "Secretaría de Desarrollo Social", "100");
			usuario("ventanilla", "Luz Marina Rojas", "Técnica de ventanilla única", List.of(Rol.RADICADOR), "120");
			usuario("jcorrespondencia", "Andrés Felipe Cárdenas", "Jefe de correspondencia",
					List.of(Rol.RADICADOR, Rol.JEFE_DEPENDENCIA), "120");
			usuario("funcionario", "Carlos Andrés Gómez", "Profesional universitario", List.of(Rol.FUNCIONARIO), "200");
			usuario("jgobierno", "María Fernanda Díaz", "Secretaria de Gobierno",
					List.of(Rol.JEFE_DEPENDENCIA, Rol.FUNCIONARIO), "200");
			usuario("archivo", "Jorge Eliécer Pardo", "Técnico de archivo", List.of(Rol.ARCHIVISTA), "120");
			usuario("controlinterno", "Sandra Patricia León", "Jefe de Control Interno", List.of(Rol.CONTROL_INTERNO),
					"110");
			log.info(
					"Perfil demo: se cargó un municipio de ejemplo. Usuarios: ventanilla, jcorrespondencia, funcionario, "
							+ "jgobierno, archivo, controlinterno; contraseña {}",
					CONTRASENA);
		});
	}

	private void dep(String codigo, String nombre, String padre) {
		dependencias.crear(new SolicitudDependencia(codigo, nombre, padre, null, true));
	}

	private void usuario(String username, String nombre, String cargo, List<Rol> roles, String dependencia) {
		usuarios.crear(new SolicitudUsuario(username, nombre, username + "@alcaldia.invalid", CONTRASENA, cargo, roles,
				List.of(dependencia), true));
	}

}
