#!/usr/bin/env bash
# Records which classes NoTrain loads up to its first dashboard frame, into notrain.classlist beside this
# script. The .deb's postinst turns that list into a class-data sharing archive for the installed paths
# (docs/packaging.md, "Class-data sharing"). Rerun after changes that alter start-up much, then rebuild.
#   src/packaging/linux/classlist.sh [APP_IMAGE]   (default target/jpackage/NoTrain, from mvn -Ppackage package)
# Needs xvfb-run (apt-get install xvfb) when no DISPLAY is set.
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
here=$(cd "$(dirname "$0")" && pwd)
image=$(cd "${1:-$here/../../../target/jpackage/NoTrain}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$image/bin/NoTrain" demo --accounts 40 --owners 4 --out "$work/demo.json" >/dev/null

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classes.lst -Dnotrain.probe.homeFrame=true" \
    "$image/bin/NoTrain" --lang en --store "$work/demo.json" >"$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    grep -q notrain.homeFrame= "$work/run.log" && break
    sleep 0.5
done
grep -q notrain.homeFrame= "$work/run.log" || { kill "$pid"; cat "$work/run.log" >&2; exit 1; }
sleep 3   # the classes the first seconds on the dashboard load too
kill "$pid"
wait "$pid" || true
cp "$work/classes.lst" "$here/notrain.classlist"
wc -l "$here/notrain.classlist"
