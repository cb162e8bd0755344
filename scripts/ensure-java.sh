#!/usr/bin/env bash
# The HTML gate runs the W3C Nu HTML Checker (the vnu-jar package), which needs Java 17 or later.
# The package's own install script would download a Java runtime from GitHub; the project does
# not run it (see allowScripts in package.json). On Debian as root Java is installed here from
# Debian's packages; elsewhere this says what to do.
set -euo pipefail
java="${JAVA:-java}"
command -v "$java" >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Java for the HTML gate (apt-get install default-jre-headless)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "The HTML gate needs Java 17 or later as \"$java\" (the W3C Nu HTML Checker runs on it)." >&2
echo "Install it (Debian/Ubuntu: sudo apt-get install default-jre-headless) or set JAVA to its path." >&2
exit 1
