/**
 * Anti-corruption plan (PAAC, now PTEP): templates as data, activities and their Spanish
 * due dates, plan versions, the three follow-up cuts of Control Interno with their
 * publication deadlines, scoring and semáforo, and the row-level import of the tables
 * municipalities publish (domain-rules.md §6).
 */
@NullMarked
package co.pqrsd.core.plan;

import org.jspecify.annotations.NullMarked;
