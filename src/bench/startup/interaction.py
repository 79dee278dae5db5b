#!/usr/bin/env python3
"""Interaction benchmark: JavaFX-thread stalls and time to disk when ticking a step at scale.

Starts NoTrain on a demo store (default 10,000 accounts of 40 owners) in a 1280x800 window on a
virtual display, with the stall probe on (-Dnotrain.probe.stalls=true: a heartbeat posted to the
JavaFX thread every 5 ms reports each wait over 16 ms). Once the dashboard is up and settled, it
clicks, in turn: "Mark done" on the first action, Ctrl+Z, and "Open" on the first action (which
opens its platform page). For each it reports the longest stall within 8 s of the click and, for
the first two, the time until the progress file changed on disk.

Usage (after `mvn -B package -DskipTests`; needs Xvfb and xdotool: apt-get install xvfb xdotool):
  python3 src/bench/startup/interaction.py [--accounts 10000] [--rounds 3] [--jar target/notrain.jar]
The click positions are those of the dashboard at 1280x800 with the default fonts; a screenshot of
each round is left in the working folder it prints, to check the clicks landed.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

MARK_DONE = (1094, 484)
OPEN = (1173, 484)


def xdotool(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout.strip()


def one_round(jar, store, work, number):
    lines = []
    proc = subprocess.Popen(["java", "-Dnotrain.probe.homeFrame=true", "-Dnotrain.probe.stalls=true", "-jar", jar,
                             "--store", store, "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    threading.Thread(target=lambda: [lines.append((time.time() * 1000, l.strip())) for l in proc.stdout],
                     daemon=True).start()
    window = ""
    for _ in range(600):
        window = xdotool("search", "--onlyvisible", "--name", "^NoTrain$").split("\n")[0]
        if window and any("notrain.homeFrame=" in l for _, l in lines):
            break
        if proc.poll() is not None:
            sys.exit("NoTrain exited before its home frame:\n" + "\n".join(l for _, l in lines[-20:]))
        time.sleep(0.1)
    else:
        proc.kill()
        sys.exit("no NoTrain window with its home frame after 60 s")
    xdotool("windowsize", window, "1280", "800")
    time.sleep(6)                                   # the first figures, then quiet
    results = {}
    for name, action in (("mark done", lambda: xdotool("mousemove", "--window", window, *map(str, MARK_DONE),
                                                       "click", "1")),
                         ("undo", lambda: xdotool("key", "--window", window, "ctrl+z")),
                         ("open a platform page", lambda: xdotool("mousemove", "--window", window, *map(str, OPEN),
                                                                  "click", "1"))):
        before = os.stat(store).st_mtime_ns
        clicked = time.time() * 1000
        action()
        saved = None
        while time.time() * 1000 - clicked < 8000:
            if saved is None and os.stat(store).st_mtime_ns != before:
                saved = time.time() * 1000 - clicked
            time.sleep(0.005)
        stalls = [int(l.split("=")[1].split(",")[1]) for t, l in lines
                  if l.startswith("notrain.stall=") and int(l.split("=")[1].split(",")[0]) >= clicked - 5]
        results[name] = (max(stalls, default=0), saved)
        lines[:] = [x for x in lines if not x[1].startswith("notrain.stall=")]
        time.sleep(1)
    subprocess.run(["import", "-window", window, os.path.join(work, f"round-{number}.png")], capture_output=True)
    proc.kill()
    proc.wait()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jar", default="target/notrain.jar")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="notrain-interaction-")
    print("screenshots in", work, file=sys.stderr)
    xvfb = None
    if not os.environ.get("DISPLAY"):
        os.environ["DISPLAY"] = ":94"
        xvfb = subprocess.Popen(["Xvfb", ":94", "-screen", "0", "1440x900x24"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(1)
    demo = os.path.join(work, "demo.json")
    subprocess.run(["java", "-jar", args.jar, "demo", "--accounts", str(args.accounts), "--owners", "40",
                    "--out", demo], check=True, stdout=subprocess.DEVNULL)
    all_results = []
    for number in range(args.rounds):
        store = os.path.join(work, f"store-{number}.json")
        shutil.copy(demo, store)
        all_results.append(one_round(args.jar, store, work, number))
        print(f"round {number}: {all_results[-1]}", file=sys.stderr)
    if xvfb:
        xvfb.kill()
    print(f"| {args.accounts} accounts | longest JavaFX-thread stall, median (max) | on disk after, median |")
    print("|---|---|---|")
    for name in all_results[0]:
        stalls = [r[name][0] for r in all_results]
        saves = [r[name][1] for r in all_results if r[name][1] is not None]
        disk = f"{statistics.median(saves):.0f} ms" if saves else "—"
        print(f"| {name} | {statistics.median(stalls):.0f} ms ({max(stalls)} ms) | {disk} |")


if __name__ == "__main__":
    main()
