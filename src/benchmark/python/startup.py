#!/usr/bin/env python3
"""Start-up side by side (docs/benchmarks.md, "Server start-up against a bare Spring Boot app"): starts each jar in
turn, RUNS times, each on a fresh data directory, and measures from starting the process to the first answered
GET /login (JVM start included), the CPU time the process had used by then (less swayed than the wall time by
what else the shared machine runs), and the resident memory RSS_AFTER seconds (5 unless set) after that answer.
Prints each run, the medians and the ratio of each jar's median to the first's.

usage: [RSS_AFTER=SECONDS] startup.py RUNS NAME=JAR[,JAVA OPTIONS…] NAME=JAR…   (the first is the yardstick)
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


def cpu_seconds(pid):
    # utime and stime, fields 14 and 15 of /proc/PID/stat, after the command name in parentheses
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
        cpu = cpu_seconds(process.pid)
        time.sleep(float(os.environ.get("RSS_AFTER", "5")))
        return seconds, cpu, rss_kb(process.pid)
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
    cpus = {name: [] for name, _, _ in jars}
    for run in range(int(runs)):
        for name, jar, options in jars:
            seconds, cpu, rss = once(jar, options)
            times[name].append(seconds)
            cpus[name].append(cpu)
            memory[name].append(rss)
            print(f"run {run + 1}: {name} answered after {seconds:.2f} s ({cpu:.2f} s of CPU),"
                  f" {rss / 1024:.0f} MB resident", flush=True)
    base = statistics.median(times[jars[0][0]])
    base_cpu = statistics.median(cpus[jars[0][0]])
    for name, _, _ in jars:
        median = statistics.median(times[name])
        cpu = statistics.median(cpus[name])
        print(f"{name}: median {median:.2f} s to the first answer ({median / base:.2f} x {jars[0][0]}),"
              f" {cpu:.2f} s of CPU ({cpu / base_cpu:.2f} x), median {statistics.median(memory[name]) / 1024:.0f} MB"
              " resident")


if __name__ == "__main__":
    main(*sys.argv[1:])
