#!/usr/bin/env python3
"""The background stream of writes of bench/realistic.sh: at a set rate, signed-in employers and
students use the app's own forms as a browser does (form page, POST with its CSRF token, then the
page the redirect leads to), so that data changes as in a live marketplace while pages are read.

    bench/writer.py --base-url http://127.0.0.1:8090 --rate 5 --employers FILE --students FILE \
                    --postings FILE --summary writer.json [--log acknowledged.jsonl] [--duration S]

The writes, by weight: a student applies to an open posting (40; half of them to the writer's
employers' postings, so that these have applicants); an employer edits one of its open postings
(20), creates and publishes a posting (15), hires an applicant, shortlisting one first when none
is shortlisted (15), closes an open posting (10).

Each write (one POST) is counted as
  acknowledged  the redirect to the expected page, whose notice says it was done;
  refused       the app said no: the form again with a validation message, or an error notice
                (already applied, posting closed, openings filled...);
  failed        no answer, a 5xx, any other status, or the outcome page could not be read.
Every acknowledged write is appended at once to --log (JSON lines) and listed in --summary with
the ids it made or changed, so that a later check can find each one in the database. SIGTERM or
SIGINT stops the writer; the summary is written on the way out. Standard library only.
"""

import argparse
import collections
import datetime
import json
import os
import queue
import random
import signal
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stintweb  # noqa: E402
from actions import Actions, Outcome  # noqa: E402


class Writer(Actions):
    def __init__(self, args, stop):
        self.args, self.stop = args, stop
        self.rnd = random.Random(args.seed)
        self.lock = threading.Lock()
        self.counts = collections.defaultdict(lambda: {"attempted": 0, "acknowledged": 0, "refused": 0,
                                                       "failed": 0, "reasons": collections.Counter()})
        self.acknowledged = []
        self.own_postings = set()  # open postings of the writer's employers, as their lists show them
        self.not_attempted = collections.Counter()  # why a scheduled write did not happen
        self.log = open(args.log, "a") if args.log else None
        self.open_postings = [line.strip() for line in open(args.postings) if line.strip()] if args.postings else []
        self.sign_in_failures = {}
        self.employers = self.sign_in(args.employers)
        self.students = self.sign_in(args.students)
        for browser, _ in self.employers:  # where a signed-in employer lands: its postings
            try:
                self.employer_postings(browser)
            except Outcome:
                pass
        self.scheduled = self.behind = 0

    def sign_in(self, path):
        """Signed-in browsers of the accounts listed in the file, each with a lock (one action at a
        time); a sign-in a stalled app timed out is tried again a little later."""
        emails = [line.strip() for line in open(path) if line.strip()] if path else []
        browsers, failures = stintweb.sign_in_all(self.args.base_url, emails, threads=1, attempts=3, stop=self.stop)
        self.sign_in_failures.update(failures)
        return [(browser, threading.Lock()) for browser in browsers.values()]

    # ---- bookkeeping ----------------------------------------------------------------------------

    def count(self, kind, result, reason=None, record=None):
        with self.lock:
            c = self.counts[kind]
            c["attempted"] += 1
            c[result] += 1
            if reason:
                c["reasons"][reason[:120]] += 1
            if result == "acknowledged":
                entry = dict(record or {}, kind=kind, at=datetime.datetime.now(datetime.timezone.utc).isoformat())
                self.acknowledged.append(entry)
                if self.log:
                    self.log.write(json.dumps(entry) + "\n")
                    self.log.flush()

    def write(self, browser, kind, path, fields, expect, record=None):
        """One form's POST (stintweb.Browser.submit), counted. Returns the redirect's path and the
        page it leads to; raises Outcome when the write was refused or failed."""
        sent = browser.submit(path, fields, expect)
        if sent.result != "acknowledged":
            self.count(kind, sent.result, sent.reason)
            raise Outcome(sent.result, sent.reason)
        # the ids the redirect names (named groups of `expect`) go into the record
        self.count(kind, "acknowledged", record=dict(record or {}, path=path, **sent.ids))
        return sent.where, sent.page

    # ---- the schedule ---------------------------------------------------------------------------

    OPERATIONS = [("apply", 40), ("edit", 20), ("create", 15), ("hire", 15), ("close", 10)]

    def one(self):
        """One scheduled write, by a free actor of the right kind."""
        name = self.rnd.choices([o[0] for o in self.OPERATIONS], weights=[o[1] for o in self.OPERATIONS])[0]
        actors = self.students if name == "apply" else self.employers
        for browser, busy in self.rnd.sample(actors, len(actors)):
            if busy.acquire(blocking=False):
                try:
                    getattr(self, name)(browser)
                except Outcome as outcome:
                    if outcome.result == "skipped":
                        with self.lock:
                            self.not_attempted[name + ": " + outcome.reason[:100]] += 1
                finally:
                    busy.release()
                return
        with self.lock:
            self.not_attempted[name + ": every account busy"] += 1

    def run(self):
        stop = self.stop
        tickets = queue.Queue()

        def work():
            while True:
                ticket = tickets.get()
                if ticket is None:
                    return
                try:
                    self.one()
                except Exception as bug:  # noqa: BLE001 - a bug here must not stop the stream
                    with self.lock:
                        self.not_attempted["writer error: %r" % bug] += 1

        workers = [threading.Thread(target=work, daemon=True) for _ in range(self.args.threads)]
        for w in workers:
            w.start()
        start = time.monotonic()
        due = start
        while not stop.is_set() and (self.args.duration <= 0 or time.monotonic() - start < self.args.duration):
            due += 1.0 / self.args.rate
            stop.wait(max(0.0, due - time.monotonic()))
            if stop.is_set():
                break
            self.scheduled += 1
            if tickets.qsize() >= self.args.threads:  # every worker busy and a backlog: the app is slow
                self.behind += 1
            else:
                tickets.put(1)
        for _ in workers:
            tickets.put(None)
        deadline = time.monotonic() + 2 * stintweb.TIMEOUT
        for w in workers:
            w.join(max(0.0, deadline - time.monotonic()))
        return time.monotonic() - start

    def summary(self, seconds):
        writes = {k: dict(v, reasons=dict(v["reasons"].most_common(20))) for k, v in sorted(self.counts.items())}
        totals = {r: sum(v[r] for k, v in self.counts.items()) for r in ("attempted", "acknowledged", "refused",
                                                                          "failed")}
        return {"base_url": self.args.base_url, "rate_per_second": self.args.rate, "seconds": round(seconds, 1),
                "sessions": {"employers": len(self.employers), "students": len(self.students),
                             "sign_in_failures": self.sign_in_failures},
                "scheduled": self.scheduled, "skipped_behind": self.behind, "totals": totals, "writes": writes,
                "not_attempted": dict(self.not_attempted.most_common(20)),
                "acknowledged": self.acknowledged}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--rate", type=float, default=5.0, help="writes scheduled per second")
    parser.add_argument("--employers", help="file: employer e-mails, one a line")
    parser.add_argument("--students", help="file: student e-mails, one a line")
    parser.add_argument("--postings", help="file: ids of open postings to apply to, one a line")
    parser.add_argument("--summary", required=True, help="JSON summary, written on exit")
    parser.add_argument("--log", help="JSON lines: each acknowledged write as it happens")
    parser.add_argument("--duration", type=float, default=0, help="seconds (0: until SIGTERM)")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    writer = Writer(args, stop)
    print("writer: signed in %d employers and %d students; %d sign-ins failed"
          % (len(writer.employers), len(writer.students), len(writer.sign_in_failures)), flush=True)
    if args.rate <= 0 or (not writer.employers and not writer.students):
        seconds = 0.0
    else:
        seconds = writer.run()
    summary = writer.summary(seconds)
    with open(args.summary + ".tmp", "w") as f:
        json.dump(summary, f, indent=2)
    os.replace(args.summary + ".tmp", args.summary)
    print("writer: %d scheduled, %d behind; %s" % (writer.scheduled, writer.behind, json.dumps(summary["totals"])))


if __name__ == "__main__":
    main()
