package co.pqrsd.server.seguridad.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.SolicitudDependencia;
import co.pqrsd.server.seguridad.SolicitudUsuario;
import co.pqrsd.server.seguridad.Usuario;
import co.pqrsd.server.seguridad.Usuarios;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin screens for users and dependencias (the URL rule /admin/** already requires
 * ADMIN).
 */
@Controller
@RequestMapping("/admin")
class AdministracionController {

	private final Usuarios usuarios;

	private final Dependencias dependencias;

	AdministracionController(Usuarios usuarios, Dependencias dependencias) {
		this.usuarios = usuarios;
		this.dependencias = dependencias;
	}

	@GetMapping("/usuarios")
	String usuarios(Model modelo) {
		modelo.addAttribute("seccion", "usuarios");
		modelo.addAttribute("usuarios", usuarios.listar());
		return "admin/usuarios";
	}

	@GetMapping({ "/usuarios/nuevo", "/usuarios/{username}" })
	String formularioUsuario(@PathVariable(required = false) @Nullable String username, Model modelo) {
		Usuario u = username == null ? null : usuarios.obtener(username);
		return formulario(modelo, u == null ? FormularioUsuario.vacio() : FormularioUsuario.de(u), u == null);
	}

	@PostMapping({ "/usuarios/nuevo", "/usuarios/{username}" })
	String guardarUsuario(@PathVariable(required = false) @Nullable String username, FormularioUsuario f, Model modelo,
			RedirectAttributes redireccion) {
		boolean nuevo = username == null;
		try {
			SolicitudUsuario s = f.comoSolicitud();
			if (nuevo) {
				usuarios.crear(s);
			}
			else {
				usuarios.actualizar(username, s);
			}
			redireccion.addFlashAttribute("mensaje", "Usuario " + (nuevo ? f.username() : username) + " guardado.");
			return "redirect:/admin/usuarios";
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
			return formulario(modelo, f, nuevo);
		}
	}

	private String formulario(Model modelo, FormularioUsuario f, boolean nuevo) {
		modelo.addAttribute("seccion", "usuarios");
		modelo.addAttribute("f", f);
		modelo.addAttribute("nuevo", nuevo);
		modelo.addAttribute("roles", Rol.values());
		modelo.addAttribute("dependencias", dependencias.listar());
		return "admin/usuario";
	}

	@GetMapping("/dependencias")
	String dependencias(Model modelo) {
		modelo.addAttribute("seccion", "dependencias");
		modelo.addAttribute("dependencias", dependencias.listar());
		modelo.addAttribute("usuarios", usuarios.listar());
		return "admin/dependencias";
	}

	@PostMapping("/dependencias")
	String guardarDependencia(@RequestParam String codigo, @RequestParam String nombre,
			@RequestParam(required = false) @Nullable String padre,
			@RequestParam(required = false) @Nullable String jefe,
			@RequestParam(required = false) @Nullable String activa,
			@RequestParam(required = false) @Nullable String existente, RedirectAttributes redireccion) {
		try {
			if (nombre.isBlank()) {
				throw new ErrorDominio("CAMPO_REQUERIDO", "El nombre de la dependencia es obligatorio.");
			}
			if (existente != null && !existente.isBlank()) {
				dependencias.actualizar(existente,
						new SolicitudDependencia(existente, nombre, padre, jefe, activa != null));
			}
			else {
				dependencias.crear(new SolicitudDependencia(codigo, nombre, padre, jefe, true));
			}
			redireccion.addFlashAttribute("mensaje",
					"Dependencia " + (existente != null && !existente.isBlank() ? existente : codigo) + " guardada.");
		}
		catch (ErrorDominio e) {
			redireccion.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin/dependencias";
	}

	/** The user form as the browser posts it. */
	record FormularioUsuario(@Nullable String username, @Nullable String nombre, @Nullable String email,
			@Nullable String cargo, @Nullable String password, @Nullable List<String> roles,
			@Nullable List<String> dependencias, @Nullable String activo) {

		static FormularioUsuario vacio() {
			return new FormularioUsuario("", "", "", "", "", List.of(), List.of(), "on");
		}

		static FormularioUsuario de(Usuario u) {
			return new FormularioUsuario(u.username(), u.nombre(), u.email(), u.cargo(), "",
					u.roles().stream().map(Enum::name).toList(), List.copyOf(u.dependencias()),
					u.activo() ? "on" : null);
		}

		// Public: the template (SpEL) calls them.
		public boolean tieneRol(String rol) {
			return roles != null && roles.contains(rol);
		}

		public boolean tieneDependencia(String codigo) {
			return dependencias != null && dependencias.contains(codigo);
		}

		SolicitudUsuario comoSolicitud() {
			if (nombre == null || nombre.isBlank() || email == null || email.isBlank()) {
				throw new ErrorDominio("CAMPO_REQUERIDO", "Nombre y correo electrónico son obligatorios.");
			}
			if (roles == null || roles.isEmpty()) {
				throw new ErrorDominio("CAMPO_REQUERIDO", "Asigne al menos un rol.");
			}
			List<Rol> lista = new ArrayList<>();
			for (String r : roles) {
				if (Arrays.stream(Rol.values()).noneMatch(x -> x.name().equals(r))) {
					throw new ErrorDominio("VALOR_NO_PERMITIDO", "Rol desconocido: " + r);
				}
				lista.add(Rol.valueOf(r));
			}
			return new SolicitudUsuario(username, nombre, email,
					password == null || password.isEmpty() ? null : password, cargo, lista,
					dependencias == null ? List.of() : dependencias, activo != null);
		}

	}

}
