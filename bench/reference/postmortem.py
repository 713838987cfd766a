#!/usr/bin/env python3
"""The script an on-call engineer would otherwise write: load every YAML
event file, parse the times, sort, compute time to detect / acknowledge /
resolve, print a Markdown timeline. Bench-only: the reference hindsight's
speed and memory are compared with (bench/README.md).

    postmortem.py [--no-gc] FILE... > timeline.md

PyYAML's C loader (CSafeLoader) and datetime.fromisoformat, as usually
written; --no-gc turns the garbage collector off, the usual first fix.
"""
import gc
import sys
from datetime import datetime

import yaml


def when(value):
    # PyYAML already turns most timestamps into datetimes; the rest are text.
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def main(argv):
    if argv and argv[0] == "--no-gc":
        gc.disable()
        argv = argv[1:]
    events = []
    for path in argv:
        with open(path, "rb") as handle:
            for document in yaml.load_all(handle, Loader=yaml.CSafeLoader):
                items = document.get("events", []) if isinstance(document, dict) else document
                for item in items or []:
                    item["time"] = when(item["time"])
                    events.append(item)
    events.sort(key=lambda event: event["time"])
    first = {}
    for event in events:
        first.setdefault(event["kind"], event["time"])
    start = first.get("alert")
    out = sys.stdout
    for name, kind in (("TTD", "alert"), ("TTA", "ack"), ("TTR", "resolve")):
        out.write(f"- {name}: {first[kind] - start if start and kind in first else 'unknown'}\n")
    out.write("\n| Time | Kind | Service | Event |\n| --- | --- | --- | --- |\n")
    for event in events:
        title = str(event.get("title", "")).replace("|", "\\|").replace("\n", "<br>")
        out.write(f"| {event['time'].isoformat()} | {event['kind']} | "
                  f"{event.get('service', '')} | {title} |\n")


if __name__ == "__main__":
    main(sys.argv[1:])
