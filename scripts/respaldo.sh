#!/usr/bin/env bash
# Respaldo en caliente de pqrsd (base de datos + documentos) con manifiesto y verificación.
#   scripts/respaldo.sh /respaldos/pqrsd-$(date +%F)
# Variables: PQRSD_JAR (predeterminado pqrsd-server/target/pqrsd-server-exec.jar), PQRSD_DATA_DIR, PQRSD_DB_PUERTO,
# PQRSD_DB_URL/PQRSD_DB_USER/PQRSD_DB_PASSWORD (base externa: cuenta propietaria), PQRSD_PG_HERRAMIENTAS.
# Código de salida: 0 respaldo íntegro, 3 respaldo con problemas, 1 error, 2 uso incorrecto. Vea docs/operacion.md.
set -euo pipefail
[ $# -ge 1 ] || { echo "uso: $0 DIRECTORIO_DESTINO" >&2; exit 2; }
JAR="${PQRSD_JAR:-$(dirname "$0")/../pqrsd-server/target/pqrsd-server-exec.jar}"
exec java -jar "$JAR" respaldo --destino="$1" "${@:2}"
