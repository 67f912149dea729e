#!/usr/bin/env bash
# Installs Debian's chromium and chromedriver for the browser tests when they are missing.
# Called by Maven (pqrsd-server, phase process-test-classes) and usable by hand.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "pqrsd: instalando chromium y chromium-driver (necesarios para las pruebas de navegador)..."
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "pqrsd: se necesita root (o sudo) para instalar chromium y chromium-driver con apt-get." >&2; exit 1
  fi
else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null
echo "pqrsd: chromium $(chromium --version 2>/dev/null | awk '{print $2}') instalado."
