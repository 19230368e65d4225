#!/usr/bin/env python3
"""Start-up side by side (docs/benchmarks.md, "Server start-up against a bare Spring Boot app"): starts each jar in
turn, RUNS times, each on a fresh data directory, and measures from starting the process to the first answered
GET /login (JVM start included), and the resident memory 5 s after that answer. Prints each run, the medians and
the ratio of each jar's median to the first's.

usage: startup.py RUNS NAME=JAR[,JAVA OPTIONS…] NAME=JAR…   (the first is the yardstick)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

PORT = 8096


def answered(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=1) as response:
            return response.status == 200
    except Exception:
        return False


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def once(jar, options):
    data = tempfile.mkdtemp(prefix="legible-startup.")
    env = dict(os.environ, LEGIBLE_DATA_DIR=data, BARE_DATA_DIR=data)
    started = time.perf_counter()
    process = subprocess.Popen(
        ["java", *options, "-jar", jar, f"--server.port={PORT}", "--server.address=127.0.0.1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=os.path.dirname(jar) or ".")
    try:
        while not answered(PORT):
            if process.poll() is not None:
                raise SystemExit(f"{jar} exited with {process.returncode}")
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        time.sleep(5)
        return seconds, rss_kb(process.pid)
    finally:
        process.terminate()
        process.wait()
        shutil.rmtree(data, ignore_errors=True)


def main(runs, *specs):
    jars = []
    for spec in specs:
        name, rest = spec.split("=", 1)
        jar, *options = rest.split(",")
        jars.append((name, jar, options))
    times = {name: [] for name, _, _ in jars}
    memory = {name: [] for name, _, _ in jars}
    for run in range(int(runs)):
        for name, jar, options in jars:
            seconds, rss = once(jar, options)
            times[name].append(seconds)
            memory[name].append(rss)
            print(f"run {run + 1}: {name} answered after {seconds:.2f} s, {rss / 1024:.0f} MB resident", flush=True)
    base = statistics.median(times[jars[0][0]])
    for name, _, _ in jars:
        median = statistics.median(times[name])
        print(f"{name}: median {median:.2f} s to the first answer ({median / base:.2f} x {jars[0][0]}),"
              f" median {statistics.median(memory[name]) / 1024:.0f} MB resident")


if __name__ == "__main__":
    main(*sys.argv[1:])
