package co.pqrsd.core.calendario;

import java.time.LocalDate;

/**
 * A non-working date with every holiday that falls on it. Two holidays can share a day
 * (2025-06-30: San Pedro y San Pablo and Sagrado Corazón), so a date has one or more
 * names.
 *
 * @param fecha the observed date
 * @param nombre the names joined in Spanish ("San Pedro y San Pablo y Sagrado Corazón")
 * @param fundamento the legal sources, joined with "; " when they differ
 */
public record Festivo(LocalDate fecha, String nombre, String fundamento) {
}
