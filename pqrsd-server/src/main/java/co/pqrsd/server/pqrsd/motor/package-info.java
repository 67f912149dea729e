/**
 * The BPMN engine behind the PQRSD module (Flowable 8, process engine only): its
 * configuration, the entity's business-day calendar and clock seen by timers, and the
 * thin delegates the process files name. The only package that may import
 * {@code org.flowable..} (style.md R7); the process files in {@code procesos/} use the
 * {@code activiti:} extension namespace so that they also deploy on Alfresco's Activiti.
 */
@NullMarked
package co.pqrsd.server.pqrsd.motor;

import org.jspecify.annotations.NullMarked;
