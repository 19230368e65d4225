#!/usr/bin/env python3
"""Does Legible do its heaviest work with a 256 MB heap (docs/benchmarks.md, "With a 256 MB heap")? Starts the jar
on a fresh data directory, signs up one person, stops it, fills ten years of demo diary with the demo command, starts
it again with -Xmx256m and asks for the heaviest things a person can: every export of the whole diary, the ten years
by month, the patterns, history and report for ten years, and the report's PDF for a year. Prints each answer's
status, size and time (loopback, no JVM start), then the resident memory after start and the peak (VmHWM), and
whether the JVM ever ran out of heap. Run from the repository root after ./mvnw package:
  python3 src/benchmark/python/small_heap.py target/legible-0.1.0-SNAPSHOT.jar [DAYS=3650]"""
import datetime, http.cookiejar, os, re, shutil, subprocess, sys, tempfile, time, urllib.error, urllib.parse
import urllib.request

PORT = 8089
BASE = f"http://127.0.0.1:{PORT}"
EMAIL = "heap@example.org"
PASSPHRASE = "slow walks by the river"


def start(jar, data, options, log):
    env = dict(os.environ, LEGIBLE_DATA_DIR=data, LEGIBLE_SIGNUP="open")
    process = subprocess.Popen(
        ["java", *options, "-jar", jar, f"--server.port={PORT}", "--server.address=127.0.0.1",
         "--legible.throttle.expensive-per-minute=1000", "--legible.throttle.expensive-per-address-per-minute=1000"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    while True:
        try:
            urllib.request.urlopen(BASE + "/login", timeout=1).read()
            return process
        except Exception:
            if process.poll() is not None:
                raise SystemExit("the server exited")
            time.sleep(0.1)


def session():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def csrf(o, path):
    return re.search(r'name="_csrf" value="([^"]+)"', o.open(BASE + path).read().decode()).group(1)


def post(o, path, fields, token_from):
    fields = dict(fields, _csrf=csrf(o, token_from))
    return o.open(BASE + path, urllib.parse.urlencode(fields).encode())


def status_line(process):
    values = {}
    with open(f"/proc/{process.pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            values[key] = value.strip()
    return values


def main(jar, days="3650"):
    data = tempfile.mkdtemp(prefix="legible-heap.")
    log = open(os.path.join(data, "server.log"), "w")
    try:
        first = start(jar, data, [], log)
        o = session()
        post(o, "/signup", {"email": EMAIL, "passphrase": PASSPHRASE, "passphraseConfirm": PASSPHRASE,
                            "timeZone": "Europe/London", "invite": ""}, "/signup").read()
        first.terminate()
        first.wait()
        subprocess.run(["java", "-jar", jar, "demo", EMAIL, f"--days={days}"], env=dict(os.environ, LEGIBLE_DATA_DIR=data),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        server = start(jar, data, ["-Xmx256m"], log)
        time.sleep(5)
        after_start = status_line(server)["VmRSS"]
        o = session()
        post(o, "/login", {"username": EMAIL, "password": PASSPHRASE}, "/login").read()
        today = datetime.date.today()
        ten_years = f"from={today - datetime.timedelta(days=int(days) - 1)}&to={today}"
        year = f"from={today - datetime.timedelta(days=364)}&to={today}"
        for path in ["/export/legible.json", "/export/legible-fhir.json", "/export/legible-csv.zip",
                     "/insights/years", f"/insights?{year}", f"/insights/pain?{year}", "/history?page=200",
                     f"/report?{year}", f"POST /report/pdf?{year}"]:
            started = time.perf_counter()
            try:
                if path.startswith("POST "):
                    address = urllib.parse.urlsplit(path[5:])
                    body = post(o, address.path, dict(urllib.parse.parse_qsl(address.query)), "/report").read()
                else:
                    body = o.open(BASE + path).read()
                answer = f"200, {len(body):,} bytes"
            except urllib.error.HTTPError as e:
                answer = f"{e.code}"
            print(f"{path}: {answer}, {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        values = status_line(server)
        print(f"resident after start {after_start}, peak {values['VmHWM']}, now {values['VmRSS']}")
        server.terminate()
        server.wait()
        log.close()
        text = open(os.path.join(data, "server.log")).read()
        print("OutOfMemoryError in the log:", "yes" if "OutOfMemoryError" in text else "no")
    finally:
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
