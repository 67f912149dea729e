package co.pqrsd.server.terminos;

/**
 * The entity's calendar changed (closure declared or revoked, working pattern or policy
 * changed). Open terms must be rescheduled: the PQRSD workflow listens to this.
 *
 * @param version the calendar's new version
 * @param motivo what changed, in Spanish
 */
public record CalendarioModificado(long version, String motivo) {
}
