#!/usr/bin/env bash
# Installs Debian's chromium and chromedriver for the browser tests when they are missing.
# Called by Maven (pqrsd-server, phase process-test-classes) and usable by hand.
# Where they cannot be installed (no apt-get, neither root nor passwordless sudo, apt-get fails)
# it says so and exits 0: the browser tests are then skipped with the reason (PruebaNavegador).
set -uo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
omitir() {
  echo "pqrsd: AVISO: $1" >&2
  echo "pqrsd: AVISO: las pruebas de navegador se omitirán. Para ejecutarlas instale chromium y chromedriver en" \
    "/usr/bin (Debian/Ubuntu: 'sudo apt-get install chromium chromium-driver') y vuelva a ejecutar Maven." >&2
  exit 0
}
if ! command -v apt-get >/dev/null 2>&1; then
  omitir "no hay apt-get en esta máquina; no se puede instalar chromium."
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  SUDO="sudo -n"
else
  omitir "se necesita root (o sudo sin contraseña) para instalar chromium y chromium-driver con apt-get."
fi
echo "pqrsd: instalando chromium y chromium-driver (necesarios para las pruebas de navegador)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || omitir "apt-get update falló."
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null || omitir "apt-get install chromium chromium-driver falló."
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  omitir "tras la instalación no están /usr/bin/chromium y /usr/bin/chromedriver."
fi
echo "pqrsd: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') instalado."
