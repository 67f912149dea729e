package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.SituacionTermino;
import co.pqrsd.core.pqrsd.VisibilidadPqrsd;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.pqrsd.motor.MotorPqrsd;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/tareas: the caller's open engine tasks, assigned to him or offered to the
 * JEFE_&lt;dependencia&gt; groups of the dependencias he heads and the
 * REPARTO_&lt;dependencia&gt; groups of those whose reparto he was named to.
 */
@RestController
class TareasApiController {

	/**
	 * One task (shape fixed by issue #9).
	 *
	 * @param vencimiento the case's deadline for its main step, the task's own due day
	 * for a side task
	 */
	record TareaVista(String id, String nombre, String radicado, @Nullable LocalDate vencimiento,
			Semaforo.@Nullable Color semaforo, @Nullable Integer diasHabilesRestantes) {
	}

	private final MotorPqrsd motor;

	private final PqrsdRepository repositorio;

	private final ServicioPqrsd servicio;

	private final TerminosEntidad terminos;

	private final RepartidoresPqrsd repartidores;

	TareasApiController(MotorPqrsd motor, PqrsdRepository repositorio, ServicioPqrsd servicio, TerminosEntidad terminos,
			RepartidoresPqrsd repartidores) {
		this.repartidores = repartidores;
		this.motor = motor;
		this.repositorio = repositorio;
		this.servicio = servicio;
		this.terminos = terminos;
	}

	/**
	 * @param pagina from 0, by due date
	 * @param tamano tasks per page (default 100, at most 500): the page is read from the
	 * engine, and only its cases are loaded
	 */
	@GetMapping("/api/v1/tareas")
	@Transactional(readOnly = true)
	List<TareaVista> tareas(
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "No puede ser negativa") @Max(value = 100000,
					message = "Máximo 100000") int pagina,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "Mínimo 1") @Max(value = 500,
					message = "Máximo 500") int tamano,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Set<String> grupos = new java.util.HashSet<>();
		if (yo.tiene(Rol.JEFE_DEPENDENCIA)) {
			yo.codigosDependencias().forEach(d -> grupos.add("JEFE_" + d));
		}
		repartidores.repartoDe(yo.username()).forEach(d -> grupos.add("REPARTO_" + d));
		List<MotorPqrsd.TareaAbierta> abiertas = motor.tareasDe(yo.username(), grupos, pagina, tamano);
		Map<String, Pqrsd> casos = repositorio.todos(abiertas.stream().map(MotorPqrsd.TareaAbierta::radicado).toList())
			.stream()
			.collect(Collectors.toMap(Pqrsd::radicado, Function.identity()));
		Plazos plazos = servicio.plazos();
		LocalDate hoy = terminos.hoy();
		var actor = servicio.actor(yo);
		List<TareaVista> vistas = new ArrayList<>();
		for (MotorPqrsd.TareaAbierta t : abiertas) {
			Pqrsd caso = casos.get(t.radicado());
			if (caso == null || !VisibilidadPqrsd.puedeVer(caso, actor)) {
				continue;
			}
			if (t.tipo() == null) {
				SituacionTermino s = plazos.situacionResumida(caso, hoy);
				vistas.add(new TareaVista(t.id(), t.nombre(), t.radicado(), s.vencimiento(), s.color(),
						s.vencimiento() == null ? null : s.diasHabilesRestantes()));
			}
			else {
				// A side task's own due day: the task is due at the midnight that ends
				// it.
				LocalDate vence = t.vence() == null ? null
						: LocalDate.ofInstant(t.vence().minusSeconds(1), Colombia.ZONA);
				vistas.add(new TareaVista(t.id(), t.nombre(), t.radicado(), vence, colorTarea(vence, hoy),
						vence == null ? null : restantes(plazos, hoy, vence)));
			}
		}
		return vistas;
	}

	private static Semaforo.@Nullable Color colorTarea(@Nullable LocalDate vence, LocalDate hoy) {
		if (vence == null) {
			return Semaforo.Color.ROJO;
		}
		if (hoy.isAfter(vence)) {
			return Semaforo.Color.VENCIDO;
		}
		return hoy.equals(vence) ? Semaforo.Color.ROJO : Semaforo.Color.AMARILLO;
	}

	private static int restantes(Plazos plazos, LocalDate hoy, LocalDate vence) {
		int n = 0;
		for (LocalDate d = plazos.calendario().siguienteHabil(hoy); !d.isAfter(vence); d = plazos.calendario()
			.siguienteHabil(d)) {
			n++;
		}
		return n;
	}

}
