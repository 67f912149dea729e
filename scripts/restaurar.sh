#!/usr/bin/env bash
# Restaura un respaldo verificado en un directorio de datos VACÍO; luego inicie pqrsd con PQRSD_DATA_DIR=ese directorio.
#   scripts/restaurar.sh /respaldos/pqrsd-2026-12-01 /srv/pqrsd/datos-restaurados
# Código de salida: 0 restaurado, 1 error (respaldo con problemas, destino no vacío…), 2 uso incorrecto.
set -euo pipefail
[ $# -ge 2 ] || { echo "uso: $0 DIRECTORIO_RESPALDO DIRECTORIO_DATOS_VACIO" >&2; exit 2; }
JAR="${PQRSD_JAR:-$(dirname "$0")/../pqrsd-server/target/pqrsd-server-exec.jar}"
exec java -jar "$JAR" restaurar --origen="$1" --datos="$2" "${@:3}"
