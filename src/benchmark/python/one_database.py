#!/usr/bin/env python3
"""How far one PostgreSQL carries Legible (docs/scaling.md): the same person's pages timed, and the database's and
the server's CPU counted per request, on a small database (that person alone) and, side by side, on a large one (the
same diary copied into many more accounts), measured in turns so the machine's drift hits both alike.

Run against two Legible servers on two PostgreSQL databases that this machine runs (it reads the postgres processes'
CPU from /proc, so Linux only), each with the same account signed up and filled by the `demo` command with the same
seed (src/benchmark/one-database.sh sets it all up). Standard library and `psql` only.

What one request includes: the server's answer read to the end over loopback, as a browser sends it (session cookie,
gzip accepted), the JVM warmed by --warm-up rounds first. It does not include a browser drawing the page. CPU per
request is a floor for PostgreSQL (a backend that ends before the count loses its share).
"""
import argparse
import gzip
import http.cookiejar
import os
import re
import statistics
import subprocess
import time
import urllib.parse
import urllib.request

TICKS = os.sysconf("SC_CLK_TCK")
PAGES = ["/", "/history", "/insights", "/check-ins/new", "/report"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def fetch(opener, base, path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(base + path, data=data, headers={"Accept-Encoding": "gzip", "Accept": "text/html"})
    try:
        with opener.open(request) as response:
            body = response.read()
            if response.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            return response.status, body.decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""


def csrf(html):
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    return match.group(1) if match else ""


def sign_in(base, email, passphrase):
    opener = browser()
    _, page = fetch(opener, base, "/login")
    status, _ = fetch(opener, base, "/login", {"username": email, "password": passphrase, "_csrf": csrf(page)})
    if status != 302:
        raise SystemExit(f"sign-in answered {status}")
    return opener


def cpu_ticks(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        except FileNotFoundError:
            pass  # a backend that ended; its CPU is lost, so figures are a floor
    return total


def postgres_pids():
    out = subprocess.run(["pgrep", "-u", "postgres"], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def psql(command, sql):
    return subprocess.run(command.split() + ["-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql],
                          capture_output=True, text=True, check=True).stdout.strip()


def measure(args, side, opener):
    times = {page: [] for page in PAGES}
    requests = 0
    pid, base = side["pid"], side["base"]
    pg_before, java_before = cpu_ticks(postgres_pids()), cpu_ticks([pid])
    for round_ in range(args.rounds + 1):
        for page in PAGES:
            started = time.perf_counter()
            status, _ = fetch(opener, base, page)
            elapsed = time.perf_counter() - started
            if status != 200:
                raise SystemExit(f"{page} answered {status}")
            if round_ > 0:
                times[page].append(elapsed * 1000)
                requests += 1
        if round_ == 0:  # warm-up round: thrown away
            pg_before, java_before = cpu_ticks(postgres_pids()), cpu_ticks([pid])
    pg_ms = (cpu_ticks(postgres_pids()) - pg_before) * 1000 / TICKS / requests
    java_ms = (cpu_ticks([pid]) - java_before) * 1000 / TICKS / requests
    return times, pg_ms, java_ms


def size(command):
    accounts = psql(command, "SELECT count(*) FROM account")
    check_ins = psql(command, "SELECT count(*) FROM check_in")
    rows = psql(command, "SELECT sum(n_live_tup) FROM pg_stat_user_tables")
    database = psql(command, "SELECT pg_size_pretty(pg_database_size(current_database()))")
    return f"{accounts} accounts, {check_ins} check-in rows, about {rows} rows in all, {database}"


def report(label, results):
    """Medians over every turn: per page, and CPU per request."""
    print(f"## {label}")
    for page in PAGES:
        values = [v for times, _, _ in results for v in times[page]]
        print(f"  {page:16} median {statistics.median(values):6.1f} ms  p90 "
              f"{sorted(values)[int(len(values) * 0.9) - 1]:6.1f} ms")
    print("  CPU per request, each turn: PostgreSQL "
          + ", ".join(f"{pg:.2f}" for _, pg, _ in results) + " ms; Legible "
          + ", ".join(f"{java:.2f}" for _, _, java in results) + " ms")


def copy_account(args, command):
    """Copies the person's account and check-ins (with every table keyed by check_in_id) into --copies accounts."""
    demo = psql(command, f"SELECT id FROM account WHERE email = '{args.email}'")
    tables = psql(command, """SELECT table_name FROM information_schema.columns
                               WHERE column_name = 'check_in_id' AND table_schema = 'public'""").split()

    def columns(table):
        return psql(command, f"""SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'
                                   AND table_schema = 'public' ORDER BY ordinal_position""").split()

    def select(table, replace):
        cols = columns(table)
        return ", ".join(cols), ", ".join(replace.get(c, f"t.{c}") for c in cols)

    names, values = select("account", {"id": "c.account_id", "email": "'copy-' || c.n || '@example.org'"})
    steps = [
        f"""CREATE TEMP TABLE copies AS SELECT n, md5('legible-copy' || n)::uuid::text AS account_id
            FROM generate_series(1, {args.copies}) n""",
        f"INSERT INTO account ({names}) SELECT {values} FROM account t CROSS JOIN copies c WHERE t.id = '{demo}'",
        f"""CREATE TEMP TABLE map AS SELECT c.account_id, c.n, t.id AS old_id,
            md5(t.id || c.n)::uuid::text AS new_id, md5(t.entry_id || c.n)::uuid::text AS new_entry
            FROM check_in t CROSS JOIN copies c WHERE t.account_id = '{demo}'""",
    ]
    names, values = select("check_in", {"id": "m.new_id", "account_id": "m.account_id", "entry_id": "m.new_entry"})
    steps.append(f"INSERT INTO check_in ({names}) SELECT {values} FROM check_in t JOIN map m ON m.old_id = t.id")
    for table in tables:
        names, values = select(table, {"check_in_id": "m.new_id", "account_id": "m.account_id"})
        steps.append(f"INSERT INTO {table} ({names}) SELECT {values} FROM {table} t JOIN map m ON m.old_id = t.check_in_id")
    steps.append("ANALYZE")
    started = time.time()
    subprocess.run(command.split() + ["-Xq", "-v", "ON_ERROR_STOP=1"], input=";\n".join(steps) + ";\n",
                   text=True, check=True)
    print(f"(copied into {args.copies} accounts in {time.time() - started:.0f} s)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--email", required=True)
    parser.add_argument("--passphrase", required=True)
    for side in ("small", "large"):
        parser.add_argument(f"--{side}-base", required=True)
        parser.add_argument(f"--{side}-psql", required=True)
        parser.add_argument(f"--{side}-pid", type=int, required=True)
    parser.add_argument("--copies", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--warm-up", type=int, default=40, help="rounds per side first, not counted (the JIT)")
    args = parser.parse_args()
    sides = {name: {"base": getattr(args, f"{name}_base"), "psql": getattr(args, f"{name}_psql"),
                    "pid": getattr(args, f"{name}_pid")} for name in ("small", "large")}
    if int(psql(sides["large"]["psql"], "SELECT count(*) FROM account")) < args.copies:
        copy_account(args, sides["large"]["psql"])
    for side in sides.values():
        opener = sign_in(side["base"], args.email, args.passphrase)
        for _ in range(args.warm_up):
            for page in PAGES:
                fetch(opener, side["base"], page)
    results = {"small": [], "large": []}
    for _ in range(args.turns):
        for name, side in sides.items():
            results[name].append(measure(args, side, sign_in(side["base"], args.email, args.passphrase)))
    for name, side in sides.items():
        report(f"{name}: {size(side['psql'])}", results[name])


if __name__ == "__main__":
    main()
