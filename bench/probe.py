#!/usr/bin/env python3
"""Asks a few URLs in turn, every INTERVAL seconds, until STOP_FILE exists, and writes one line per
answer: the time (Unix seconds), URL, HTTP status (0 = no answer), milliseconds, and whether the body
is the friendly "busy" page (503) or shows a stack trace. Used by bench/faults.sh.

    bench/probe.py --out probe.tsv --stop STOP_FILE [--interval 0.25] URL...

Standard library only.
"""

import argparse
import os
import sys
import time
import urllib.error
import urllib.request


def ask(url, timeout):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read().decode("utf-8", "replace")
            status = response.status
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8", "replace")
        status = e.code
    except Exception:  # no answer: refused, reset or timed out
        body, status = "", 0
    ms = (time.monotonic() - started) * 1000
    friendly = "Stint cannot answer right now" in body
    trace = "Exception" in body or "at org." in body
    return status, ms, friendly, trace


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--stop", required=True)
    parser.add_argument("--interval", type=float, default=0.25)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    with open(args.out, "w") as out:
        out.write("t\turl\tstatus\tms\tfriendly\ttrace\n")
        i = 0
        while not os.path.exists(args.stop):
            url = args.urls[i % len(args.urls)]
            i += 1
            began = time.monotonic()
            at = time.time()
            status, ms, friendly, trace = ask(url, args.timeout)
            out.write(f"{at:.2f}\t{url}\t{status}\t{ms:.0f}\t{int(friendly)}\t{int(trace)}\n")
            out.flush()
            time.sleep(max(0.0, args.interval - (time.monotonic() - began)))


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
