package co.pqrsd.core.informes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import org.junit.jupiter.api.Test;

class InformePqrsdTest {

	static final LocalDate CORTE = LocalDate.of(2026, 7, 15);

	private static CasoRegistrado caso(String radicado, Etiqueta etiqueta, String modalidad, Canal canal,
			String dependencia, Situacion situacion, String recibido, Integer dias, boolean trasladada,
			boolean prorrogada, boolean denuncia) {
		OffsetDateTime r = OffsetDateTime.parse(recibido);
		EstadoPqrsd estado = switch (situacion) {
			case RESPONDIDA_A_TIEMPO, RESPONDIDA_TARDE -> EstadoPqrsd.RESPONDIDA;
			case TRASLADADA -> EstadoPqrsd.TRASLADADA;
			case DESISTIDA -> EstadoPqrsd.DESISTIDA;
			case PENDIENTE -> EstadoPqrsd.EN_TRAMITE;
			case PENDIENTE_VENCIDA -> EstadoPqrsd.VENCIDA;
			case SIN_RESPUESTA_DEBIDA -> EstadoPqrsd.CERRADA;
		};
		return new CasoRegistrado(radicado, etiqueta, modalidad, canal, dependencia, estado, situacion, r, null, null,
				dias, situacion.respondida() ? situacion == Situacion.RESPONDIDA_A_TIEMPO : null, trasladada, null,
				prorrogada, denuncia, false, "DOCUMENTOS".equals(modalidad), false, false);
	}

	static final List<CasoRegistrado> CASOS = List.of(
			caso("1", Etiqueta.PETICION, "GENERAL", Canal.PRESENCIAL, "100", Situacion.RESPONDIDA_A_TIEMPO,
					"2026-01-05T09:00:00-05:00", 10, false, false, false),
			caso("2", Etiqueta.PETICION, "DOCUMENTOS", Canal.CORREO_ELECTRONICO, "100", Situacion.RESPONDIDA_TARDE,
					"2026-02-10T09:00:00-05:00", 13, false, true, false),
			caso("3", Etiqueta.QUEJA, "GENERAL", Canal.FORMULARIO_WEB, "200", Situacion.PENDIENTE,
					"2026-06-30T23:30:00-05:00", 8, false, false, false),
			caso("4", Etiqueta.DENUNCIA, "GENERAL", Canal.FORMULARIO_WEB, "200", Situacion.TRASLADADA,
					"2026-03-01T08:00:00-05:00", 3, true, false, true),
			caso("5", Etiqueta.FELICITACION, null, Canal.PRESENCIAL, "100", Situacion.SIN_RESPUESTA_DEBIDA,
					"2026-04-01T08:00:00-05:00", null, false, false, false),
			caso("6", Etiqueta.RECLAMO, "DOCUMENTOS", Canal.PRESENCIAL, "200", Situacion.PENDIENTE_VENCIDA,
					"2026-05-01T08:00:00-05:00", 20, false, false, false),
			caso("7", Etiqueta.PETICION, "DOCUMENTOS", Canal.CORREO_ELECTRONICO, "100", Situacion.RESPONDIDA_A_TIEMPO,
					"2026-05-04T08:00:00-05:00", 4, false, false, false),
			// 1 July in Colombia: second half.
			caso("8", Etiqueta.PETICION, "GENERAL", Canal.PRESENCIAL, "100", Situacion.RESPONDIDA_A_TIEMPO,
					"2026-07-01T00:30:00-05:00", 2, false, false, false),
			// 30 June 23:30 in Colombia although 1 July in UTC: first half.
			caso("9", Etiqueta.SUGERENCIA, "GENERAL", Canal.OTRO, "300", Situacion.DESISTIDA,
					OffsetDateTime.parse("2026-07-01T04:30:00Z").withOffsetSameInstant(ZoneOffset.UTC).toString(), null,
					false, false, false));

	@Test
	void elSemestreCuentaLoRecibidoEnColombiaYCalculaOportunidadYDias() {
		InformePqrsd i = InformePqrsd.calcular(Periodo.semestre(2026, 1), CORTE, CASOS);
		assertThat(i.total()).isEqualTo(8);
		assertThat(i.porEtiqueta()).containsEntry("PETICION", 3L)
			.containsEntry("QUEJA", 1L)
			.containsEntry("RECLAMO", 1L)
			.containsEntry("DENUNCIA", 1L)
			.containsEntry("FELICITACION", 1L)
			.containsEntry("SUGERENCIA", 1L);
		assertThat(i.porModalidad()).containsExactly(java.util.Map.entry("DOCUMENTOS", 3L),
				java.util.Map.entry("GENERAL", 4L), java.util.Map.entry("SIN_TERMINO", 1L));
		assertThat(i.porCanal()).containsEntry("PRESENCIAL", 3L)
			.containsEntry("CORREO_ELECTRONICO", 2L)
			.containsEntry("FORMULARIO_WEB", 2L)
			.containsEntry("OTRO", 1L)
			.containsEntry("TELEFONICO", 0L);
		assertThat(i.porDependencia()).containsExactly(java.util.Map.entry("100", 4L), java.util.Map.entry("200", 3L),
				java.util.Map.entry("300", 1L));
		assertThat(i.respondidasATiempo()).isEqualTo(2);
		assertThat(i.respondidasTarde()).isEqualTo(1);
		assertThat(i.pendientes()).isEqualTo(1);
		assertThat(i.pendientesVencidas()).isEqualTo(1);
		assertThat(i.trasladadas()).isEqualTo(1);
		assertThat(i.desistidas()).isEqualTo(1);
		assertThat(i.prorrogas()).isEqualTo(1);
		assertThat(i.denunciasCorrupcion()).isEqualTo(1);
		assertThat(i.denunciasCorrupcionTrasladadas()).isEqualTo(1);
		// (10 + 13 + 4) / 3 = 9.0; 2 of 3 on time.
		assertThat(i.promedioDiasRespuesta()).isEqualByComparingTo("9.0");
		assertThat(i.maximoDiasRespuesta()).isEqualTo(13);
		assertThat(i.porcentajeATiempo()).isEqualByComparingTo(new BigDecimal("66.7"));
	}

	@Test
	void sinRespuestasNoHayPromedioNiPorcentaje() {
		InformePqrsd i = InformePqrsd.calcular(Periodo.trimestre(2026, 4), CORTE, CASOS);
		assertThat(i.total()).isZero();
		assertThat(i.promedioDiasRespuesta()).isNull();
		assertThat(i.maximoDiasRespuesta()).isNull();
		assertThat(i.porcentajeATiempo()).isNull();
	}

	@Test
	void elInformeDeAccesoListaCadaSolicitudConSuTiempo() {
		InformeAcceso a = InformeAcceso.calcular(Periodo.semestre(2026, 1), CORTE, CASOS);
		assertThat(a.recibidas()).isEqualTo(3);
		assertThat(a.solicitudes()).extracting(InformeAcceso.Solicitud::radicado).containsExactly("2", "6", "7");
		assertThat(a.solicitudes()).extracting(InformeAcceso.Solicitud::diasHabiles).containsExactly(13, 20, 4);
		assertThat(a.respondidas()).isEqualTo(2);
		assertThat(a.promedioDiasRespuesta()).isEqualByComparingTo("8.5");
		assertThat(a.trasladadas()).isZero();
		assertThat(a.negadas()).isZero();
	}

	@Test
	void lasPresetasDelPeriodo() {
		assertThat(Periodo.trimestre(2026, 2))
			.isEqualTo(new Periodo(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
		assertThat(Periodo.semestre(2026, 2))
			.isEqualTo(new Periodo(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
		assertThatThrownBy(() -> Periodo.trimestre(2026, 5)).isInstanceOf(ErrorDominio.class);
		assertThatThrownBy(() -> new Periodo(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(ErrorDominio.class);
	}

}
