#!/usr/bin/env bash
# Builds NoTrain's Debian package and app image (docs/packaging.md), installing what the build needs first:
# a JDK 17 (jlink, jpackage, jdeps), Maven, fakeroot and dpkg-deb (dpkg-dev) for the .deb, binutils (objcopy,
# for jlink --strip-debug). Run as root, or with sudo for the install step.
# Out: target/jpackage/NoTrain/ (the app image: bin/NoTrain) and target/jpackage/installer/notrain_*.deb.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=""
for tool in jlink:openjdk-17-jdk jpackage:openjdk-17-jdk mvn:maven fakeroot:fakeroot dpkg-deb:dpkg objcopy:binutils; do
    command -v "${tool%%:*}" >/dev/null || need="$need ${tool#*:}"
done
dpkg -s dpkg-dev >/dev/null 2>&1 || need="$need dpkg-dev"
if [ -n "$need" ]; then
    echo "Installing:$need" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
fi

mvn -B -Ppackage package -DskipTests "$@"
ls -l target/jpackage/installer/
