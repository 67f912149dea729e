package co.pqrsd.core.auditoria;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit trail's hash chain: each sealed entry's hash is SHA-256 over the previous
 * hash and the entry's canonical content, so changing, removing or reordering any entry
 * breaks every later link.
 */
public final class CadenaAuditoria {

	/** The link before the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private CadenaAuditoria() {
	}

	/**
	 * @return lowercase hex SHA-256 of {@code anterior + "\n" + canonico}.
	 */
	public static String enlazar(String anterior, String canonico) {
		MessageDigest sha = sha256();
		sha.update(anterior.getBytes(StandardCharsets.US_ASCII));
		sha.update((byte) '\n');
		sha.update(canonico.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * @return the canonical content: fields separated by the unit separator (U+001F),
	 * {@code null} written as U+2400, so no field value can imitate a separator of
	 * another.
	 */
	public static String canonico(Object... campos) {
		StringBuilder sb = new StringBuilder(256);
		for (int i = 0; i < campos.length; i++) {
			if (i > 0) {
				sb.append('\u001F');
			}
			sb.append(campos[i] == null ? "\u2400" : campos[i].toString());
		}
		return sb.toString();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("La JVM no ofrece SHA-256", e);
		}
	}

}
