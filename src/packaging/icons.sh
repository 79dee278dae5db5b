#!/usr/bin/env bash
# Renders the app icon from its one source, assets/icon/notrain.svg, into:
#   assets/icon/notrain-N.png (N = 16 ... 512), the installers' Linux icon and the README's;
#   src/main/resources/app/notrain/ui/icons/notrain-N.png, the window's icons (Stage.getIcons());
#   assets/icon/notrain.ico (Windows installer) and assets/icon/notrain.icns (macOS), when the tools are there.
# Needs rsvg-convert (Debian: librsvg2-bin); icotool (icoutils) and png2icns (icnsutils) for .ico/.icns.
# The outputs are committed, so the build itself needs none of these tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=assets/icon/notrain.svg
window=src/main/resources/app/notrain/ui/icons
mkdir -p "$window"
sizes=(16 24 32 48 64 128 256 512)
for n in "${sizes[@]}"; do
    rsvg-convert -w "$n" -h "$n" "$svg" -o "assets/icon/notrain-$n.png"
    cp "assets/icon/notrain-$n.png" "$window/notrain-$n.png"
done
if command -v icotool >/dev/null; then
    icotool -c -o assets/icon/notrain.ico assets/icon/notrain-{16,24,32,48,64,128}.png -r assets/icon/notrain-256.png
else
    echo "icotool missing (apt-get install icoutils): notrain.ico not made" >&2
fi
if command -v png2icns >/dev/null; then
    png2icns assets/icon/notrain.icns assets/icon/notrain-{16,32,48,128,256,512}.png >/dev/null
else
    echo "png2icns missing (apt-get install icnsutils): notrain.icns not made" >&2
fi
