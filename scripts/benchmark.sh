#!/usr/bin/env bash
# Runs one of pqrsd's benchmarks. They are never part of the test suite. See docs/rendimiento.md.
#   scripts/benchmark.sh terminos     JMH: 1 million 15-día deadlines on one core (issue 4)
#   scripts/benchmark.sh auditoria [segundos] [fases]
#                                     load: audit overhead with 50 writers, verification of 1M, search over 5M (issue 3)
#   scripts/benchmark.sh radicacion [segundos] [clientes] [fases]
#                                     load: at each client count (default 16,32), GET /api/v1/usuarios/yo and JSON
#                                     radicación with the same client and credentials, their ratio, then proof of
#                                     gapless numbering; fases may add mixta (PDF every 10th) and sql (pg_stat_statements)
#   scripts/benchmark.sh pqrsd [segundos] [clientes]
#                                     load: JSON radicación and POST /api/v1/pqrsd (radicación + case, process and
#                                     timers) with the same clients (default 32) in one run, and their ratio (issue 9)
#   scripts/benchmark.sh bandeja [casos] [clientes] [segundos]   (BENCH_JAVA_OPTS: -Dbench.puerta=FILE measures once FILE exists; -Dbench.siembra.sincrona=false seeds with synchronous_commit=off; -Dbench.datos=DIR -Dbench.sembrado=true measures again the cases an earlier run left in DIR, its "[datos]" line, migrating them first)
#                                     seeds open PQRSD (default 100000) through the API over 20 business days, then
#                                     p50/p95/p99 of the bandeja of a funcionario and of a jefe (issue 9)
#   scripts/benchmark.sh plan [importaciones]
#                                     import of a 500-activity XLSX plan through the API, end to end (issue 10, < 2 s)
#   scripts/benchmark.sh trd [importaciones]
#                                     import of a 2 000-row TRD (AGN layout, 20 sheets) through the API (issue 11, < 5 s)
#   scripts/benchmark.sh timers [n] [límite]
#                                     n cases (default 5000) whose AMARILLO reminders fall due together; moves the
#                                     server clock past them and measures until every one is delivered (issue 9)
#   scripts/benchmark.sh ciudadano [segundos] [ciudadanos]
#                                     load: citizens (default 50) submit the public PQRSD form at once, each with its
#                                     session and CSRF token; p95 of the POST (issue 12, target < 500 ms)
#   scripts/benchmark.sh perfil [segundos] [clientes]
#                                     the radicación run with a flight recording (JFR) and pg_stat_statements, then
#                                     where the server's time goes
#   scripts/benchmark.sh indice [documentos] [kb]
#                                     verification of the índice of an expediente of 1 000 documents of 512 KB (500 MB)
#                                     against sha256sum over the same files, in the same run (issue 11, ≤ 1.2×)
#   scripts/benchmark.sh retencion [expedientes]
#                                     the archivist's due lists over 200 000 closed expedientes seeded by SQL (issue 11, < 2 s)
# The code is built in the reactor and run from its target directories (nothing is installed in ~/.m2).
# BENCH_JAVA_OPTS adds JVM options, e.g. BENCH_JAVA_OPTS=-Xmx2g.
set -euo pipefail
cd "$(dirname "$0")/.."
cual="${1:-}"
case "$cual" in
  terminos|auditoria|radicacion|perfil|pqrsd|bandeja|timers|plan|trd|indice|retencion|ciudadano) ;;
  *) echo "Uso: scripts/benchmark.sh terminos | auditoria [segundos] [fases] | radicacion [segundos] [clientes] [fases] | perfil [segundos] [clientes] | pqrsd [segundos] [clientes] | bandeja [casos] [clientes] [segundos] | timers [n] [límite] | plan [importaciones] | trd [importaciones] | indice [documentos] [kb] | retencion [expedientes] | ciudadano [segundos] [ciudadanos]" >&2; exit 2 ;;
esac
./mvnw -B -q -pl pqrsd-benchmarks -am -DskipTests package \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=target/classpath.txt
clase="pqrsd-benchmarks/target/classes:$(cat pqrsd-benchmarks/target/classpath.txt)"
correr() { # main class, one argument string
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:-} -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl \
    -cp "$clase" "$1" "$2"
}
case "$cual" in
  terminos)   correr org.openjdk.jmh.Main TerminosBenchmark ;;
  auditoria)  correr co.pqrsd.server.auditoria.AuditoriaCarga "${2:-30} ${3:-escritores,verificacion,busqueda}" ;;
  radicacion) correr co.pqrsd.benchmarks.RadicacionCarga "${2:-30} ${3:-16,32} ${4:-ninguna}" ;;
  pqrsd)      correr co.pqrsd.benchmarks.PqrsdCarga "${2:-30} ${3:-32}" ;;
  bandeja)    correr co.pqrsd.benchmarks.BandejaCarga "${2:-100000} ${3:-4} ${4:-30}" ;;
  timers)     correr co.pqrsd.benchmarks.TimersCarga "${2:-5000} ${3:-300}" ;;
  plan)       correr co.pqrsd.server.plan.ImportacionPlanCarga "${2:-10}" ;;
  indice)     correr co.pqrsd.server.archivo.indice.VerificacionIndiceCarga "${2:-1000} ${3:-512}" ;;
  retencion)  correr co.pqrsd.server.archivo.retencion.PendientesRetencionCarga "${2:-200000}" ;;
  trd)        correr co.pqrsd.server.archivo.trd.ImportacionTrdCarga "${2:-5}" ;;
  ciudadano)  correr co.pqrsd.benchmarks.CiudadanoCarga "${2:-30} ${3:-50}" ;;
  perfil)
    dir="$(mktemp -d)"; grabacion="$dir/radicacion.jfr"
    BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dbench.fases=$dir/fases.tsv -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=settings=profile,jdk.SocketRead#threshold=0ms,jdk.SocketWrite#threshold=0ms,dumponexit=true,filename=$grabacion" \
      correr co.pqrsd.benchmarks.RadicacionCarga "${2:-30} ${3:-16,32} sql"
    correr co.pqrsd.benchmarks.PerfilJfr "$grabacion $dir/fases.tsv"
    echo "Grabación JFR: $grabacion (jfr summary / jfr print --events jdk.ExecutionSample)"
    ;;
esac
