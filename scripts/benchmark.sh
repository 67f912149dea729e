#!/usr/bin/env bash
# Runs one of pqrsd's benchmarks. They are never part of the test suite.
#   scripts/benchmark.sh terminos     JMH: 1 million 15-día deadlines on one core (issue 4)
#   scripts/benchmark.sh auditoria    load: audit overhead with 50 writers, verification of 1M, search over 5M (issue 3)
#   scripts/benchmark.sh radicacion   load: 32 clients radicating for 60 s vs raw PostgreSQL inserts (issue 5)
set -euo pipefail
cd "$(dirname "$0")/.."
cual="${1:-}"
./mvnw -B -q -pl pqrsd-benchmarks -am install -DskipTests
case "$cual" in
  terminos)   ./mvnw -B -q -pl pqrsd-benchmarks exec:exec -Dbench.main=org.openjdk.jmh.Main -Dbench.args=TerminosBenchmark ;;
  auditoria)  ./mvnw -B -q -pl pqrsd-benchmarks exec:exec -Dbench.main=co.pqrsd.server.auditoria.AuditoriaCarga "-Dbench.args=${2:-30} ${3:-escritores,verificacion,busqueda}" ;;
  radicacion) ./mvnw -B -q -pl pqrsd-benchmarks exec:exec -Dbench.main=co.pqrsd.benchmarks.RadicacionCarga "-Dbench.args=${2:-60} ${3:-techo,mixta,json,cruda}" ;;
  *) echo "Uso: scripts/benchmark.sh terminos|auditoria|radicacion" >&2; exit 2 ;;
esac
