package co.pqrsd.server.archivo.firma;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The entity's signing certificate for the índice electrónico (R-EXP-2: "firmado
 * digitalmente por la autoridad"): a PKCS#12 keystore, its password and the alias of the
 * key. Without a keystore the signed exports answer 503 {@code FIRMA_NO_CONFIGURADA}.
 *
 * @param keystore path of the {@code .p12} file
 * @param password password of the keystore and of the key
 * @param alias alias of the key; the first key in the keystore when empty
 */
@ConfigurationProperties("pqrsd.archivo.firma")
public record FirmaProperties(@Nullable Path keystore, @Nullable String password, @Nullable String alias) {
}
