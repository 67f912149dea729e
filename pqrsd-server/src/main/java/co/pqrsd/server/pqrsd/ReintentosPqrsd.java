package co.pqrsd.server.pqrsd;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on {@code @Retryable}: a user's action on a case that lost a race with the
 * engine's background work (see {@code motor.CarreraConMotor}) is run again, outside its
 * transaction (the retry advice wraps the transactional one), before it answers 409.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ReintentosPqrsd {

}
