package co.pqrsd.server.seguridad;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DependenciaRepository {

	private final JdbcClient jdbc;

	DependenciaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Dependencia> todas() {
		return jdbc.sql("SELECT codigo, nombre, padre, jefe, activa FROM dependencia ORDER BY codigo")
			.query(Dependencia.class)
			.list();
	}

	Optional<Dependencia> buscar(String codigo) {
		return jdbc.sql("SELECT codigo, nombre, padre, jefe, activa FROM dependencia WHERE codigo = ?")
			.param(codigo)
			.query(Dependencia.class)
			.optional();
	}

	Optional<Dependencia> bloquear(String codigo) {
		return jdbc.sql("SELECT codigo, nombre, padre, jefe, activa FROM dependencia WHERE codigo = ? FOR UPDATE")
			.param(codigo)
			.query(Dependencia.class)
			.optional();
	}

	/**
	 * @return false when the code is taken (the insert does nothing).
	 */
	boolean insertar(Dependencia d) {
		return jdbc.sql("""
				INSERT INTO dependencia (codigo, nombre, padre, jefe, activa) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (codigo) DO NOTHING""")
			.params(d.codigo(), d.nombre(), d.padre(), d.jefe(), d.activa())
			.update() == 1;
	}

	void actualizar(Dependencia d) {
		jdbc.sql("UPDATE dependencia SET nombre = ?, padre = ?, jefe = ?, activa = ? WHERE codigo = ?")
			.params(d.nombre(), d.padre(), d.jefe(), d.activa(), d.codigo())
			.update();
	}

}
