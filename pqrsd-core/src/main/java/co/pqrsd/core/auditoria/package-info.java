/**
 * The audit trail's hash chain: canonical content, SHA-256 links and their verification.
 */
@NullMarked
package co.pqrsd.core.auditoria;

import org.jspecify.annotations.NullMarked;
