#!/usr/bin/env python3
"""The same reduction as Legible's Apple Health import, with Python's standard library only (iterparse), for the
side-by-side figure in docs/benchmarks.md.

Steps are summed per source for the diary day of their start (time zone, 04:00 day boundary); sleep stretches are
grouped by the local date six hours after they end and per source, overlaps counted once; each day keeps the source
with the most steps and each night the source with the most time asleep. Records inside a Correlation are skipped.

usage: apple_health_iterparse.py export.xml [Europe/London]
"""
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timedelta, time as dtime
from zoneinfo import ZoneInfo

STEPS = "HKQuantityTypeIdentifierStepCount"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
ASLEEP = {
    "HKCategoryValueSleepAnalysisAsleep", "HKCategoryValueSleepAnalysisAsleepUnspecified",
    "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep",
    "HKCategoryValueSleepAnalysisAsleepREM",
}
IN_BED = ASLEEP | {"HKCategoryValueSleepAnalysisInBed", "HKCategoryValueSleepAnalysisAwake"}
BOUNDARY = dtime(4, 0)


def parse(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


def minutes(intervals):
    total, covered = 0.0, None
    for start, end in sorted(intervals):
        begin = start if covered is None or start > covered else covered
        if end > begin:
            total += (end - begin).total_seconds()
            covered = end
    return total / 60


def main(path, zone_name="Europe/London"):
    zone = ZoneInfo(zone_name)
    steps = defaultdict(lambda: defaultdict(float))
    sleep = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    records = 0
    in_correlation = 0
    started = time.perf_counter()
    for event, element in ET.iterparse(path, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == "Correlation":
                in_correlation += 1
            elif tag == "Record":
                records += 1
            continue
        if tag == "Correlation":
            in_correlation -= 1
        elif tag == "Record" and in_correlation == 0:
            kind = element.get("type")
            if kind == STEPS:
                local = parse(element.get("startDate")).astimezone(zone)
                day = local.date() - timedelta(days=1) if local.time() < BOUNDARY else local.date()
                steps[day][element.get("sourceName")] += float(element.get("value"))
            elif kind == SLEEP and element.get("value") in IN_BED:
                start, end = parse(element.get("startDate")), parse(element.get("endDate"))
                night = (end.astimezone(zone) + timedelta(hours=6)).date()
                sleep[night][element.get("sourceName")][element.get("value")].append((start, end))
        if tag in ("Record", "Correlation", "Workout", "ActivitySummary"):
            element.clear()
    days = {day: max(by_source.items(), key=lambda e: e[1]) for day, by_source in steps.items()}
    nights = {}
    for night, by_source in sleep.items():
        best = None
        for source, by_value in by_source.items():
            asleep = minutes([i for v, ii in by_value.items() if v in ASLEEP for i in ii])
            if best is None or asleep > best[1]:
                best = (source, asleep)
        nights[night] = best
    seconds = time.perf_counter() - started
    print(f"{records} records, {len(nights)} nights, {len(days)} days of steps in {seconds:.1f} s, "
          f"{records / seconds:.0f} records a second")


if __name__ == "__main__":
    main(*sys.argv[1:])
