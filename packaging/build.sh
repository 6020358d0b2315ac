#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller and smoke-test it offscreen:
#   bash packaging/build.sh        -> build/dist/glossa/glossa
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e . "pyinstaller>=6,<7"
.venv/bin/pyinstaller --noconfirm --clean --distpath build/dist --workpath build/work packaging/glossa.spec
app=build/dist/glossa/glossa
"$app" --version
smoke=$(mktemp -d)
"$app" --library "$smoke/smoke.glossa" import resources/demo
"$app" --library "$smoke/smoke.glossa" info
# The window on that library, offscreen, closed by SIGTERM after it started.
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$smoke" "$app" --library "$smoke/smoke.glossa" &
pid=$!
sleep 6
kill -TERM "$pid"
wait "$pid"
echo "smoke test passed: $app"
