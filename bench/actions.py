"""What the signed-in employers and students of bench/writer.py do, through the app's own forms as a
browser does it: a student applies to an open posting; an employer creates and publishes a
posting, edits or closes one of its open postings, or hires an applicant (shortlisting first when
the application is still submitted). Standard library only.
"""

import datetime
import re

import stintweb

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
    """Ends a write early: refused or failed (counted already), or skipped (not attempted), with the reason."""

    def __init__(self, result, reason):
        super().__init__(reason)
        self.result, self.reason = result, reason


class Actions:
    """The writes, as methods taking the signed-in Browser that makes them. A mix-in of the Writer,
    whose `write` sends and counts each form (raising Outcome unless acknowledged), `rnd` draws,
    `lock` guards `open_postings` (ids any student may apply to) and `own_postings` (the open
    postings of the writer's employers)."""

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
