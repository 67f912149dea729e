package co.pqrsd.server.pqrsd.motor;

import java.time.Clock;

import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process engine as the application needs it: the domain's clock, the business-day
 * calendar, and no IDM or event-registry engine (users and groups are the application's;
 * their tables are not created, see migration V8).
 */
@Configuration(proxyBeanMethods = false)
class ConfiguracionMotor {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> configuracionMotorPqrsd(Clock reloj,
			TerminosEntidad calendario) {
		return cfg -> {
			RelojMotor relojMotor = new RelojMotor(reloj);
			cfg.setClock(relojMotor);
			cfg.setDisableIdmEngine(true);
			cfg.setDisableEventRegistry(true);
			// A case's few rows are inserted one prepared statement each: the bulk insert
			// builds its SQL text anew on every flush (measured: most of the memory of a
			// PQRSD radicación, docs/rendimiento.md).
			cfg.setBulkInsertEnabled(false);
			// No runtime activity log while the engine keeps no history (measured: most
			// of the engine's statements for a new case, docs/rendimiento.md).
			SinInstanciasDeActividad.instalar(cfg);
			// A custom manager replaces the defaults, which timers and due dates still
			// use
			// (stack.md §1c).
			MapBusinessCalendarManager calendarios = new MapBusinessCalendarManager();
			calendarios.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar(relojMotor));
			calendarios.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar(relojMotor));
			calendarios.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar(relojMotor));
			calendarios.addBusinessCalendar(CalendarioDiasHabiles.NOMBRE,
					new CalendarioDiasHabiles(relojMotor, calendario::calendario, MotorTerminos.ZONA));
			cfg.setBusinessCalendarManager(calendarios);
		};
	}

}
