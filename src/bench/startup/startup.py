#!/usr/bin/env python3
"""Start-up benchmark: time to the home frame and peak memory, NoTrain against its floors.

For each case, in interleaved rounds (one warm-up round, then --rounds measured ones), starts the
program on a virtual display and waits for the line `notrain.homeFrame=<epoch ms>` that each one
prints at the frame that shows its home screen:
  floor             a bare JavaFX window with one Label (src/bench/startup/Floor.java), same JDK
  chromium          Debian's Chromium opening a local checklist page (printed from the page, after
                    its first paint), when /usr/bin/chromium is installed
  notrain-empty     NoTrain on a new progress file: the wizard
  notrain-N         NoTrain on a demo store of N accounts (notrain demo): the dashboard
  LAUNCHER-empty    with --launcher LAUNCHER=PATH: an installed or packaged NoTrain (jpackage's
  LAUNCHER-N        bin/NoTrain, its own runtime), on a new file and on each demo store; the probe
                    is switched on through JAVA_TOOL_OPTIONS, which every JVM reads
The time is from just before the process starts to that frame. Peak RSS is the largest sum of the
resident memory of the process and its children, sampled every 20 ms until a second after the
frame. Prints min / median / max per case and the ratios of the medians to the floor's.

Usage (after `mvn -B package -DskipTests`):
  python3 src/bench/startup/startup.py [--rounds 5] [--sizes 1000,10000] [--jar target/notrain.jar]
      [--launcher NAME=/opt/notrain/bin/NoTrain ...] [--no-jar-cases]
Needs Xvfb (`apt-get install xvfb`) when no DISPLAY is set, and a JDK on the PATH.
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

MARKER = "notrain.homeFrame="
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Checklist</title></head>
<body style="font-family:sans-serif"><h1>Refuse AI training</h1>
<ul><li>LinkedIn: turn off the training switch</li><li>Instagram: send the objection form</li>
<li>X: uncheck the training box</li></ul>
<script>requestAnimationFrame(() => requestAnimationFrame(() =>
  console.log("%s" + Math.round(performance.timeOrigin + performance.now()))));</script>
</body></html>""" % MARKER


def tree_rss_kb(root_pid):
    """Resident memory of a process and all its descendants, in kB (from /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def run_once(command, timeout=120, env=None):
    """Starts the command, returns (ms to the marker, peak RSS in MB); (None, peak) on a time-out."""
    start = time.time() * 1000
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True, env=env)
    frame = []

    def read():
        for line in proc.stdout:
            if MARKER in line and not frame:
                digits = "".join(ch for ch in line.split(MARKER, 1)[1][:20] if ch.isdigit())
                frame.append(int(digits))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    peak, settle_until = 0, None
    deadline = time.time() + timeout
    while time.time() < deadline:
        peak = max(peak, tree_rss_kb(proc.pid))
        if frame and settle_until is None:
            settle_until = time.time() + 1.0
        if settle_until is not None and time.time() >= settle_until:
            break
        if proc.poll() is not None and not frame:
            break
        time.sleep(0.02)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    return (frame[0] - start if frame else None), peak / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000", help="demo store sizes, comma-separated")
    parser.add_argument("--jar", default="target/notrain.jar")
    parser.add_argument("--launcher", action="append", default=[], metavar="NAME=PATH",
                        help="also time a packaged launcher (repeatable; docs/packaging.md)")
    parser.add_argument("--no-jar-cases", action="store_true",
                        help="skip the notrain-* cases run with java -jar (the jar still makes the demo stores)")
    args = parser.parse_args()
    if not os.path.exists(args.jar):
        sys.exit(f"{args.jar} is missing: run `mvn -B package -DskipTests` first")
    work = tempfile.mkdtemp(prefix="notrain-startup-")
    xvfb = None
    if not os.environ.get("DISPLAY"):
        if not shutil.which("Xvfb"):
            sys.exit("no DISPLAY and no Xvfb: install it (apt-get install xvfb) or run on a desktop")
        os.environ["DISPLAY"] = ":93"
        xvfb = subprocess.Popen(["Xvfb", ":93", "-screen", "0", "1440x900x24"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(1)
    lib = os.path.join(os.path.dirname(os.path.abspath(args.jar)), "lib", "*")
    floor_classes = os.path.join(work, "floor")
    subprocess.run(["javac", "-cp", lib, "-d", floor_classes,
                    os.path.join(os.path.dirname(os.path.abspath(__file__)), "Floor.java")], check=True)
    cases = {"floor": ["java", "-cp", floor_classes + os.pathsep + lib, "Floor"]}
    chromium = shutil.which("chromium")
    if chromium:
        page = os.path.join(work, "checklist.html")
        with open(page, "w") as f:
            f.write(PAGE)
        cases["chromium"] = [chromium, "--no-sandbox", "--no-first-run", "--disable-gpu", "--enable-logging=stderr",
                             "--user-data-dir=" + os.path.join(work, "chromium"), "file://" + page]
    # Each program the cases start, and the store each case opens (None: a new file each round, the wizard).
    programs = {} if args.no_jar_cases else {"notrain": ["java", "-Dnotrain.probe.homeFrame=true", "-jar", args.jar]}
    for entry in args.launcher:
        name, _, path = entry.partition("=")
        if not path or not os.access(path, os.X_OK):
            sys.exit(f"--launcher {entry}: expected NAME=PATH to an executable launcher")
        programs[name] = [path]
    stores = {}
    for size in [int(s) for s in args.sizes.split(",") if s]:
        store = os.path.join(work, f"demo-{size}.json")
        subprocess.run(["java", "-jar", args.jar, "demo", "--accounts", str(size), "--owners", "40",
                        "--out", store], check=True, stdout=subprocess.DEVNULL)
        stores[size] = store
    program_of = {}
    for program in programs:
        cases[f"{program}-empty"] = None
        program_of[f"{program}-empty"] = program
        for size, store in stores.items():
            cases[f"{program}-{size}"] = store
            program_of[f"{program}-{size}"] = program
    times = {name: [] for name in cases}
    peaks = {name: [] for name in cases}
    for round_number in range(args.rounds + 1):
        for name, case in cases.items():
            env = None
            if name in program_of:
                program = programs[program_of[name]]
                if case is None:
                    store = os.path.join(work, f"new-{name}-{round_number}.json")
                else:
                    os.remove(case + ".lock") if os.path.exists(case + ".lock") else None
                    store = case
                command = program + ["--lang", "en", "--store", store]
                if program_of[name] != "notrain":
                    env = dict(os.environ, JAVA_TOOL_OPTIONS="-Dnotrain.probe.homeFrame=true")
            else:
                command = case
            ms, mb = run_once(command, env=env)
            if round_number > 0:                      # round 0 warms the disk cache and the JIT's files
                times[name].append(ms)
                peaks[name].append(mb)
            print(f"round {round_number} {name}: {ms if ms is None else round(ms)} ms, {mb:.0f} MB",
                  file=sys.stderr)
    if xvfb:
        xvfb.kill()
    floor_ms = statistics.median(times["floor"])
    floor_mb = statistics.median(peaks["floor"])
    print(f"| case | home frame, median (min–max) | ratio | peak RSS, median (min–max) | ratio |")
    print(f"|---|---|---|---|---|")
    for name in cases:
        ok = [t for t in times[name] if t is not None]
        if not ok:
            print(f"| {name} | no frame within the time-out | | | |")
            continue
        ms, mb = statistics.median(ok), statistics.median(peaks[name])
        print(f"| {name} | {ms / 1000:.2f} s ({min(ok) / 1000:.2f}–{max(ok) / 1000:.2f}) | {ms / floor_ms:.2f}x "
              f"| {mb:.0f} MB ({min(peaks[name]):.0f}–{max(peaks[name]):.0f}) | {mb / floor_mb:.2f}x |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
