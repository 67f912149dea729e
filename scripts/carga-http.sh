#!/usr/bin/env bash
# HTTP load with wrk (Debian's package, installed when missing) against the packaged server on a fresh, durable
# embedded PostgreSQL: the machine's HTTP ceiling (GET /readyz, GET /api/v1/usuarios/yo) and JSON-only
# radicación (POST /api/v1/radicados, a distinct sender and subject per request), then proof of gapless numbering.
#   scripts/carga-http.sh [segundos]        (default 30; a warm-up of 15 s runs before each measurement)
set -euo pipefail
cd "$(dirname "$0")/.."
segundos="${1:-30}"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
./mvnw -B -q -DskipTests package
datos="$(mktemp -d)"; puerto=18080; clave=Benchmark2026pqrsd
PQRSD_DATA_DIR="$datos" PQRSD_DB_PUERTO=54399 PQRSD_ADMIN_PASSWORD="$clave" SERVER_PORT=$puerto \
  java -jar pqrsd-server/target/pqrsd-server-exec.jar > "$datos/servidor.log" 2>&1 &
servidor=$!
trap 'kill $servidor 2>/dev/null; wait $servidor 2>/dev/null; rm -rf "$datos"' EXIT
base="http://localhost:$puerto"
for _ in $(seq 1 240); do curl -sf -o /dev/null "$base/login" && break; sleep 0.5; done
for d in 100 120 200; do
  curl -sf -u "admin:$clave" -H 'Content-Type: application/json' -d "{\"codigo\":\"$d\",\"nombre\":\"Dependencia $d\"}" "$base/api/v1/dependencias" -o /dev/null
done
curl -sf -u "admin:$clave" -H 'Content-Type: application/json' -o /dev/null "$base/api/v1/usuarios" \
  -d '{"username":"clerk","nombre":"Clerk","email":"c@x.co","password":"Ventanilla2026","roles":["RADICADOR"],"dependencias":["120"]}'
medir() { # name, wrk arguments...
  local nombre="$1"; shift
  wrk -t2 -c32 -d15s "$@" > /dev/null
  echo "== $nombre (32 conexiones, ${segundos} s)"
  wrk -t2 -c32 -d"${segundos}s" --latency "$@" | grep -E 'Requests/sec|50%|90%|99%|Non-2xx|requests in'
}
auth="Authorization: Basic $(printf "admin:%s" "$clave" | base64)"
medir "techo HTTP: GET /readyz" "$base/readyz"
medir "techo HTTP: GET /api/v1/usuarios/yo (HTTP Basic, una consulta)" -H "$auth" "$base/api/v1/usuarios/yo"
medir "radicación solo JSON: POST /api/v1/radicados" -s scripts/carga/radicar.lua "$base"
PGPASSWORD= psql -h localhost -p 54399 -U postgres -At -F ' ' -c \
  "SELECT 'numeración: ' || count(*) || ' radicados, consecutivos ' || min(consecutivo) || '..' || max(consecutivo) || ', distintos ' || count(DISTINCT consecutivo) FROM radicado"
