/**
 * The PQRSD case (Ley 1755 de 2015, CPACA arts. 13–33): vocabulary, the {@link Pqrsd}
 * aggregate with one guarded method per legal action, the actions allowed now with the
 * legal reason of each refusal, the deadline and its notification schedule, visibility of
 * corruption denuncias, and the accountability timeline (CPACA art. 31). Framework-free:
 * the BPMN engine and the API call these types and hold no legal rule themselves.
 */
@NullMarked
package co.pqrsd.core.pqrsd;

import org.jspecify.annotations.NullMarked;
