package co.pqrsd.server.infraestructura;

import co.pqrsd.core.comun.Colombia;

import java.time.Clock;
import java.time.ZoneId;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when {@code PQRSD_DB_URL} is set, otherwise the
 * embedded one in the data directory. Spring owns the embedded server so it is stopped
 * after every user of the pool (stack.md §1b).
 */
@Configuration(proxyBeanMethods = false)
class ConfiguracionDatos {

	/**
	 * The domain's clock: America/Bogota whatever the machine's zone. Tests replace it.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock reloj() {
		return Clock.system(Colombia.ZONA);
	}

	@Bean(destroyMethod = "close")
	@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${pqrsd.db.url:}'.isBlank()")
	PostgresEmbebido postgresEmbebido(PqrsdProperties propiedades) {
		return PostgresEmbebido.iniciar(propiedades.datosDir().resolve("postgres"), propiedades.db().puerto(),
				propiedades.db().durable());
	}

	/**
	 * Embedded: Flyway migrates as the owner role, the pool works as the application role
	 * (see {@link PostgresEmbebido}). External: {@code spring.flyway.user/password} say
	 * who migrates.
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${pqrsd.db.url:}'.isBlank()")
	FlywayConfigurationCustomizer flywayComoPropietario(PostgresEmbebido embebido) {
		return flyway -> flyway.dataSource(embebido.urlSinUsuario(), PostgresEmbebido.PROPIETARIO, "");
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(PqrsdProperties propiedades,
			org.springframework.beans.factory.ObjectProvider<PostgresEmbebido> embebido) {
		HikariConfig config = new HikariConfig();
		PqrsdProperties.Db db = propiedades.db();
		if (db.externa()) {
			config.setJdbcUrl(db.url());
			config.setUsername(db.user());
			config.setPassword(db.password());
		}
		else {
			config.setJdbcUrl(embebido.getObject().urlSinUsuario());
			config.setUsername(PostgresEmbebido.APLICACION);
		}
		config.setPoolName("pqrsd");
		config.setMaximumPoolSize(40);
		config.setConnectionInitSql("SET TIME ZONE '" + Colombia.ZONA_ID + "'");
		return new HikariDataSource(config);
	}

}
