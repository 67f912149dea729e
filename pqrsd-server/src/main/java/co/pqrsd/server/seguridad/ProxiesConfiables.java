package co.pqrsd.server.seguridad;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Behind the reverse proxies listed in {@code pqrsd.auditoria.proxies-confiables} (and
 * only them), the request takes its scheme from X-Forwarded-Proto and its client address
 * from X-Forwarded-For. An HTTPS request through the proxy is then secure for the whole
 * server: the session cookie gets {@code Secure} and the response HSTS. From any other
 * peer the headers are ignored, so a client cannot pretend either.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnClass(RemoteIpValve.class)
class ProxiesConfiables implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final List<String> proxies;

	ProxiesConfiables(Environment entorno) {
		this.proxies = Binder.get(entorno)
			.bind("pqrsd.auditoria.proxies-confiables", Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	@Override
	public void customize(TomcatServletWebServerFactory fabrica) {
		if (proxies.isEmpty()) {
			return;
		}
		RemoteIpValve valvula = new RemoteIpValve();
		valvula.setInternalProxies(proxies.stream().map(Pattern::quote).collect(Collectors.joining("|")));
		valvula.setTrustedProxies(null);
		valvula.setRemoteIpHeader("X-Forwarded-For");
		valvula.setProtocolHeader("X-Forwarded-Proto");
		valvula.setProtocolHeaderHttpsValue("https");
		fabrica.addEngineValves(valvula);
	}

}
