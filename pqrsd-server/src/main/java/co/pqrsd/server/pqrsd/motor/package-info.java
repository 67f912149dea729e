/**
 * The BPMN engine behind the PQRSD module (Flowable 8, process engine only): its
 * configuration, the entity's business-day calendar and clock seen by timers, and the
 * thin delegates the process files name. The only package that may import
 * {@code org.flowable..} (style.md R7); the process files in {@code procesos/} use the
 * {@code activiti:} extension namespace so that they also deploy on Alfresco's Activiti.
 * <p>
 * How the engine drives a case ({@link co.pqrsd.server.pqrsd.motor.MotorPqrsd}): one
 * process instance per case, business key = radicado. Its main path is an exclusive
 * gateway on the variable {@code siguiente} looping over the user tasks reparto
 * (candidate groups {@code JEFE_<dep>} and {@code REPARTO_<dep>}), trámite (assignee),
 * aprobación ({@code JEFE_<dep>}) and comunicación; after every stored change of the case
 * the PQRSD module sets the step and completes the open task, and an end state reaches a
 * terminate end event. Side tasks of the core (copies, internal consultation,
 * desistimiento, urgent measures) are standalone engine tasks tied to the case by a local
 * variable, with their due date on the business calendar.
 * <p>
 * Timers: a parallel path of the same instance waits on one intermediate timer whose
 * {@code timeDate} is the next aviso not yet done ({@code PlanAvisos}), resolved on the
 * calendar {@code diasHabiles}. When it fires, {@code dispararAvisos} calls back the
 * PQRSD module in the job's transaction, which does the due avisos (each key recorded in
 * {@code pqrsd_aviso_enviado} in the same transaction as its notification or state
 * change) and returns the next instant, to which the timer is re-armed. A change of the
 * case or of the calendar moves the waiting timer with
 * {@code ManagementService.rescheduleTimeDateJob}. Why one timer per case rather than one
 * per aviso: the plan changes with every prórroga, suspension and closure, and moving a
 * single job is cheap and atomic; exactly-once comes from the key table, not from the
 * job, so a job retried after a crash, a second node, or an overtaken reminder never
 * repeats an effect. The engine's job locking (lock time configurable in
 * {@code application.yml}) hands a job held by a dead node to a live one.
 * <p>
 * The daily digest is the singleton process {@code resumenDiario}: a timer at the next
 * business day's office opening, started once per database under an advisory lock.
 */
@NullMarked
package co.pqrsd.server.pqrsd.motor;

import org.jspecify.annotations.NullMarked;
