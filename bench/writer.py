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
import re
import signal
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stintweb  # noqa: E402

NOTICE = re.compile(r'<p class="notice notice-(success|error)"[^>]*>(.*?)</p>', re.S)
FIELD_ERROR = re.compile(r'<p class="field-error"[^>]*>(.*?)</p>', re.S)
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)

ROLES = [("DATA", "Data analyst", "SQL, Excel, Statistics"), ("SOFTWARE", "Backend developer", "Java, Spring, PostgreSQL"),
         ("SOFTWARE", "Frontend developer", "React, TypeScript, CSS"), ("DESIGN", "UX designer", "Figma, UX research"),
         ("MARKETING", "Marketing assistant", "Social media, Copywriting"), ("RESEARCH", "Research assistant",
         "Research, Literature review"), ("FINANCE", "Financial analyst", "Excel, Financial modelling"),
         ("OPERATIONS", "Operations assistant", "Process mapping, Notion"), ("WRITING", "Content writer",
         "Copywriting, Editing, SEO")]
TOPICS = ["for a product launch", "for a climate charity", "for an online shop", "for a games studio",
          "for community clinics", "for an education platform"]
PLACES = [("US", "USD", "Chicago"), ("GB", "GBP", "London"), ("IN", "INR", "Pune"), ("DE", "EUR", "Berlin")]


class Outcome(Exception):
    """Ends a write early: refused or failed, with the reason."""

    def __init__(self, result, reason):
        super().__init__(reason)
        self.result, self.reason = result, reason


class Writer:
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
        """Signed-in browsers of the accounts listed in the file, each with a lock (one action at a time)."""
        actors = []
        for email in [line.strip() for line in open(path) if line.strip()] if path else []:
            if self.stop.is_set():
                break
            browser = stintweb.Browser(self.args.base_url)
            for attempt in range(3):  # a stalled app times a sign-in out: try again a little later
                failure = browser.sign_in(email)
                if not failure:
                    break
                time.sleep(5)
            if failure:
                self.sign_in_failures[email] = failure
            else:
                actors.append((browser, threading.Lock()))
        return actors

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
        """One POST: counted, and its outcome page read. Returns the redirect's path and that page."""
        answer = browser.post(path, fields)
        if answer.status == 0 or answer.status >= 500:
            self.count(kind, "failed", answer.describe())
            raise Outcome("failed", answer.describe())
        if answer.status == 200 and FIELD_ERROR.search(answer.text):  # the form again, with messages
            reason = "form: " + re.sub(r"\s+", " ", FIELD_ERROR.search(answer.text).group(1)).strip()
            self.count(kind, "refused", reason)
            raise Outcome("refused", reason)
        if answer.status != 302:
            self.count(kind, "failed", "unexpected " + answer.describe())
            raise Outcome("failed", answer.describe())
        where = answer.location
        expected = re.fullmatch(expect, where)
        if not expected:
            self.count(kind, "refused", "sent to " + re.sub(r"\d+", "N", where))
            raise Outcome("refused", where)
        page = browser.get(where)  # the notice is shown once, on the page the redirect leads to
        notice = NOTICE.search(page.text) if page.status == 200 else None
        if notice is None:
            reason = "outcome page: " + (page.describe() if page.status != 200 else "no notice")
            self.count(kind, "failed", reason)
            raise Outcome("failed", reason)
        text = re.sub(r"\s+", " ", notice.group(2)).strip()
        if notice.group(1) == "error" or "already" in text:  # e.g. "You have already applied"
            self.count(kind, "refused", text)
            raise Outcome("refused", text)
        # the ids the redirect names (named groups of `expect`) go into the record
        ids = {k: int(v) for k, v in expected.groupdict().items()}
        self.count(kind, "acknowledged", record=dict(record or {}, path=path, **ids))
        return where, page

    @staticmethod
    def read(browser, path):
        page = browser.get(path)
        if page.status != 200:
            raise Outcome("skipped", "GET %s: %s" % (re.sub(r"\d+", "N", path), page.describe()))
        return page

    def employer_postings(self, browser):
        """The employer's postings as its list shows them: id, status, applicants, can close."""
        page = self.read(browser, "/employer/postings")
        rows = []
        for row in ROW.findall(page.text):
            edit = re.search(r"/employer/postings/(\d+)/edit", row)
            if edit:
                status = re.search(r'class="status status-(\w+)"', row)
                applicants = re.search(r'/applicants"[^>]*>(\d+)</a>', row)
                rows.append({"id": edit.group(1), "status": status.group(1).upper() if status else "?",
                             "applicants": int(applicants.group(1)) if applicants else 0,
                             "closable": "/employer/postings/%s/close" % edit.group(1) in row})
        with self.lock:
            self.own_postings.difference_update(r["id"] for r in rows)
            self.own_postings.update(r["id"] for r in rows if r["status"] == "OPEN")
        return page, rows

    # ---- the writes -----------------------------------------------------------------------------

    def apply(self, browser):
        # half of the applications go to the writer's employers' postings, which then have applicants to hire
        own = self.rnd.random() < 0.5 and self.own_postings
        if not own and not self.open_postings:
            raise Outcome("skipped", "no open postings known")
        posting = self.rnd.choice(sorted(self.own_postings) if own else self.open_postings)
        form = browser.get("/postings/%s/apply" % posting)
        if form.status == 302:  # already applied, or no longer taking applications
            why = "already applied" if "/applications/" in form.location else "not taking applications"
            self.count("apply", "refused", "apply form: " + why)
            raise Outcome("refused", why)
        if form.status != 200 or not form.csrf():
            result = "failed" if form.status == 0 or form.status >= 500 else "refused"
            self.count("apply", result, "apply form: " + form.describe())
            raise Outcome(result, form.describe())
        note = "I can start next week; this matches my course. (bench %d)" % self.rnd.randrange(10 ** 9)
        self.write(browser, "apply", "/postings/%s/apply" % posting, {"coverNote": note, "_csrf": form.csrf()},
                   r"/applications/(?P<application_id>\d+)", {"posting_id": int(posting), "student": browser.email})

    def create(self, browser):
        form = self.read(browser, "/employer/postings/new")
        category, role, skills = self.rnd.choice(ROLES)
        country, currency, city = self.rnd.choice(PLACES)
        remote = self.rnd.random() < 0.6
        title = "%s %s" % (role, self.rnd.choice(TOPICS))
        fields = {"_csrf": form.csrf(), "title": title, "category": category, "skills": skills,
                  "description": "We are looking for a student to help us %s. A mentor reviews your work "
                                 "every week. (bench %d)" % (title.lower(), self.rnd.randrange(10 ** 9)),
                  "hoursPerWeek": self.rnd.choice([10, 15, 20, 25]), "durationWeeks": self.rnd.choice([2, 4, 6, 8]),
                  "workMode": "REMOTE" if remote else "HYBRID", "city": "" if remote else city, "country": country,
                  "payType": self.rnd.choice(["FIXED", "HOURLY"]), "payCurrency": currency,
                  "payAmount": "%d.00" % (self.rnd.randrange(200, 2000) * (80 if currency == "INR" else 1)),
                  "openings": self.rnd.choice([1, 1, 2, 3]),
                  "applicationDeadline": (datetime.date.today() + datetime.timedelta(days=self.rnd.randrange(21, 60)))
                  .isoformat()}
        where, page = self.write(browser, "create", "/employer/postings", fields,
                                 r"/employer/postings/(?P<posting_id>\d+)/edit", {"title": title, "employer": browser.email})
        posting = where.split("/")[3]
        self.write(browser, "publish", "/employer/postings/%s/publish" % posting, {"_csrf": page.csrf()},
                   r"/employer/postings", {"posting_id": int(posting), "employer": browser.email})
        with self.lock:
            self.open_postings.append(posting)
            self.own_postings.add(posting)

    def edit(self, browser):
        _, rows = self.employer_postings(browser)
        choices = [r for r in rows if r["status"] == "OPEN"]
        if not choices:
            raise Outcome("skipped", "no open posting to edit")
        posting = self.rnd.choice(choices)["id"]
        page = self.read(browser, "/employer/postings/%s/edit" % posting)
        fields = stintweb.form_fields(page.text, "/employer/postings/%s" % posting)
        if not fields:
            raise Outcome("skipped", "edit page without its form")
        marker = "bench-edit-%d" % self.rnd.randrange(10 ** 9)
        # markers pile up, so that every acknowledged edit stays findable; the oldest go past 9,000 characters
        description = fields.get("description", "").strip()
        while len(description) > 9000 and re.search(r" \[bench-edit-\d+\]", description):
            description = re.sub(r" \[bench-edit-\d+\]", "", description, count=1)
        fields["description"] = description + " [%s]" % marker
        fields["hoursPerWeek"] = str(self.rnd.choice([10, 15, 20, 25, 30]))
        self.write(browser, "edit", "/employer/postings/%s" % posting, fields, r"/employer/postings",
                   {"posting_id": int(posting), "marker": marker, "hours_per_week": int(fields["hoursPerWeek"]),
                    "employer": browser.email})

    def close(self, browser):
        page, rows = self.employer_postings(browser)
        choices = [r for r in rows if r["closable"]]
        if not choices:
            raise Outcome("skipped", "no posting to close")
        posting = self.rnd.choice(choices)["id"]
        self.write(browser, "close", "/employer/postings/%s/close" % posting, {"_csrf": page.csrf()},
                   r"/employer/postings", {"posting_id": int(posting), "employer": browser.email})
        with self.lock:
            if posting in self.open_postings:
                self.open_postings.remove(posting)
            self.own_postings.discard(posting)

    def hire(self, browser):
        """As an employer does it: an open posting's applicants, its Shortlisted (else Submitted) tab,
        one applicant's page, Shortlist if needed, then Hire. Postings already full are passed over."""
        _, rows = self.employer_postings(browser)
        choices = [r for r in rows if r["status"] == "OPEN" and r["applicants"] > 0]
        self.rnd.shuffle(choices)
        for row in choices[:3]:
            posting = row["id"]
            listing = self.read(browser, "/employer/postings/%s/applicants" % posting)
            filled = re.search(r"(\d+) of (\d+) openings filled", listing.text)
            if filled and int(filled.group(1)) >= int(filled.group(2)):
                continue
            for status in ("SHORTLISTED", "SUBMITTED"):
                tab = "/employer/postings/%s/applicants?status=%s" % (posting, status)
                if tab in listing.text:
                    ids = re.findall(r'href="/employer/applications/(\d+)"', self.read(browser, tab).text)
                    if ids:
                        return self.hire_applicant(browser, posting, self.rnd.choice(ids))
        raise Outcome("skipped", "no open posting with an applicant to hire")

    def hire_applicant(self, browser, posting, application):
        page = self.read(browser, "/employer/applications/%s" % application)
        record = {"application_id": int(application), "posting_id": int(posting), "employer": browser.email}
        if "/employer/applications/%s/shortlist" % application in page.text:
            _, page = self.write(browser, "shortlist", "/employer/applications/%s/shortlist" % application,
                                 {"_csrf": page.csrf()}, r"/employer/applications/\d+", record)
        # "confirmed": the second submit of the hire's confirm step, the one that hires
        self.write(browser, "hire", "/employer/applications/%s/hire" % application,
                   {"_csrf": page.csrf(), "confirmed": "yes"},
                   r"/employer/applications/\d+", record)

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
