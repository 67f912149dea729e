#!/usr/bin/env bash
# Verifica un respaldo sin restaurarlo: SHA-256 de cada archivo, base de datos legible, cadena de auditoría íntegra y
# todos los documentos a los que se refiere la base presentes.   scripts/verificar-respaldo.sh /respaldos/pqrsd-2026-12-01
# Código de salida: 0 íntegro, 3 con problemas, 1 error, 2 uso incorrecto.
set -euo pipefail
[ $# -ge 1 ] || { echo "uso: $0 DIRECTORIO_RESPALDO" >&2; exit 2; }
JAR="${PQRSD_JAR:-$(dirname "$0")/../pqrsd-server/target/pqrsd-server-exec.jar}"
exec java -jar "$JAR" verificar-respaldo --origen="$1" "${@:2}"
