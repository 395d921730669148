#!/usr/bin/env python3
"""Builds the URL lists bench/realistic.sh drives wrk with, from the database itself (psql), and
signs in the benchmark's visitors by form login.

    bench/prepare.py --database stint_bench --base-url http://127.0.0.1:8090 --out DIR

Writes DIR/lists/<page type>.txt, one request a line: "path<TAB>cookie" (no cookie: anonymous),
picked at random by bench/realistic.lua; DIR/writer-employers.txt and DIR/writer-students.txt
(accounts for bench/writer.py, which signs them in itself); DIR/open-postings.txt; and
DIR/prepare.json (counts, and what could not be done: failed sign-ins, missing partnerships).

Accounts are those bench/generate.sql creates (password "demo-password"): employerN (one company
each), staffN (one university each), studentN@uniM (M = 1 + N % 40; every fifth university is
partner-only). Python's standard library only; PGHOST/PGPORT/PGUSER as for psql.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import random
import subprocess
import sys
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stintweb  # noqa: E402

SEPARATOR = "\x1f"
STOPWORDS = {"for", "the", "and", "our", "with", "from", "into", "a", "an", "in", "of", "to", "on", "at"}


def query(database, sql):
    """Rows of a query, through psql (fields split on the unit separator)."""
    out = subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", "-F", SEPARATOR, "-d", database, "-c", sql],
                         check=True, capture_output=True, text=True, timeout=600).stdout
    return [line.split(SEPARATOR) for line in out.splitlines() if line]


def weighted(rows):
    """(values, weights) of rows whose last column is a count."""
    return [r[:-1] if len(r) > 2 else r[0] for r in rows], [int(r[-1]) for r in rows]


# ---- Searches: words of real titles, real filter values, pages 1-10 ------------------------------

class Vocabulary:
    """What searches are made of, read from the open postings."""

    def __init__(self, database):
        sample = "(select * from postings where status = 'OPEN' order by random() limit 20000) p"
        self.titles = [r[0] for r in query(database, "select title from %s" % sample)]
        self.words = [w for t in self.titles for w in self.split(t) if len(w) >= 3 and w not in STOPWORDS]
        self.categories = weighted(query(database, "select category, count(*) from %s group by 1" % sample))
        self.modes = weighted(query(database, "select work_mode, count(*) from %s group by 1" % sample))
        self.countries = weighted(query(database, "select country, count(*) from %s group by 1" % sample))
        self.pay_types = weighted(query(database, "select pay_type, count(*) from %s group by 1" % sample))
        self.cities = weighted(query(database, "select country, city, count(*) from %s where city is not null "
                                               "group by 1, 2" % sample))
        self.skills = weighted(query(database, "select s, count(*) from %s, unnest(p.skills) s group by 1 "
                                               "order by 2 desc limit 300" % sample))
        self.hours = sorted({int(r[0]) for r in query(database, "select distinct hours_per_week from %s" % sample)})
        self.weeks = sorted({int(r[0]) for r in query(database, "select distinct duration_weeks from %s" % sample)})
        # Minimum pay (major units) around the real totals of each currency: its 10th to 90th percentile.
        self.pay = {}
        for currency, low, high in query(database, "select pay_currency, percentile_disc(0.1) within group "
                                                   "(order by pay_total_minor), percentile_disc(0.9) within "
                                                   "group (order by pay_total_minor) from %s group by 1" % sample):
            self.pay[currency] = (int(low) // 100, int(high) // 100)

    @staticmethod
    def split(title):
        return [w for w in "".join(c.lower() if c.isalnum() else " " for c in title).split()]

    def keywords(self, rnd):
        """None (30 %), one word (45 %) or two adjacent words of a title (25 %)."""
        r = rnd.random()
        if r < 0.30 or not self.words:
            return None
        if r < 0.75:
            return rnd.choice(self.words)
        words = [w for w in self.split(rnd.choice(self.titles)) if w not in STOPWORDS]
        if len(words) < 2:
            return rnd.choice(self.words)
        i = rnd.randrange(len(words) - 1)
        return words[i] + " " + words[i + 1]


def nice(amount):
    """An amount as people type it: two significant digits."""
    digits = len(str(max(1, amount)))
    unit = 10 ** max(0, digits - 2)
    return max(1, amount // unit * unit)


def search_url(vocab, rnd):
    params = {}
    q = vocab.keywords(rnd)
    if q:
        params["q"] = q
    # 0 to 4 filters (25 / 30 / 25 / 12 / 8 %), of real values.
    count = rnd.choices([0, 1, 2, 3, 4], weights=[25, 30, 25, 12, 8])[0]
    kinds = rnd.sample(["category", "mode", "country", "payType", "pay", "hours", "maxWeeks", "skills", "city"],
                       count)
    for kind in kinds:
        if kind == "category":
            params["category"] = rnd.choices(*vocab.categories)[0]
        elif kind == "mode":
            params["mode"] = rnd.choices(*vocab.modes)[0]
        elif kind == "country" and "country" not in params:
            params["country"] = rnd.choices(*vocab.countries)[0]
        elif kind == "payType":
            params["payType"] = rnd.choices(*vocab.pay_types)[0]
        elif kind == "pay" and vocab.pay:
            currency = rnd.choice(sorted(vocab.pay))
            low, high = vocab.pay[currency]
            params["currency"] = currency
            params["minPay"] = nice(rnd.randint(low, max(low, high)))
        elif kind == "hours" and vocab.hours:
            which = rnd.choice(["min", "max", "both"])
            low, high = sorted(rnd.sample(vocab.hours, 2)) if len(vocab.hours) > 1 else (vocab.hours[0],) * 2
            if which in ("min", "both"):
                params["minHours"] = low
            if which in ("max", "both"):
                params["maxHours"] = high
        elif kind == "maxWeeks" and vocab.weeks:
            params["maxWeeks"] = rnd.choice(vocab.weeks)
        elif kind == "skills" and vocab.skills[0]:
            params["skills"] = ",".join(sorted({rnd.choices(*vocab.skills)[0] for _ in range(rnd.choice([1, 1, 2]))}))
        elif kind == "city" and vocab.cities[0]:
            country, city = rnd.choices(*vocab.cities)[0]
            params["city"] = city
            if "country" in params:  # a city with its own country, as the form would offer
                params["country"] = country
            if params.get("mode") == "REMOTE":
                params["mode"] = rnd.choice(["HYBRID", "ONSITE"])
    if rnd.random() < 0.2:
        params["sort"] = rnd.choice(["NEWEST", "DEADLINE", "PAY"] + (["RELEVANCE"] if q else []))
    # Pages 1-10, mostly the first; a narrow search (3 criteria or more) seldom has more than 3.
    page = rnd.choices(range(1, 11), weights=[50, 15, 10, 5, 4, 4, 3, 3, 3, 3])[0]
    if len(kinds) + (1 if q else 0) >= 3:
        page = min(page, 3)
    if page > 1:
        params["page"] = page
    return "/postings" + ("?" + urllib.parse.urlencode(params) if params else "")


def search_urls(vocab, wanted, rnd):
    urls, seen = [], set()
    for _ in range(wanted * 20):
        url = search_url(vocab, rnd)
        if url not in seen:
            seen.add(url)
            urls.append(url)
            if len(urls) == wanted:
                break
    return urls


# ---- Staff reports over different ranges ----------------------------------------------------------

def report_urls(rnd, count):
    """The outcome dashboard with no range (the last twelve months), or months from/to."""
    today = datetime.date.today()
    def month(back):  # the month `back` months before the current one, as 2026-03
        index = today.year * 12 + today.month - 1 - back
        return "%04d-%02d" % (index // 12, index % 12 + 1)

    urls = {"/university/reports"}
    for _ in range(count * 10):
        end = rnd.choice([0, 0, 0, 1, 2, 3, 6, 12])
        span = rnd.choice([1, 3, 6, 12, 12, 24, 36])
        kind = rnd.random()
        if kind < 0.15:
            urls.add("/university/reports?from=" + month(end + span - 1))
        elif kind < 0.25:
            urls.add("/university/reports?to=" + month(end))
        else:
            urls.add("/university/reports?from=%s&to=%s" % (month(end + span - 1), month(end)))
        if len(urls) >= count:
            break
    return sorted(urls)


# ---- Sign-in -------------------------------------------------------------------------------------

def sign_in_all(base_url, emails, threads=4):
    """{email: cookie} of the accounts that signed in, and {email: reason} of those that did not."""
    def one(email):
        browser = stintweb.Browser(base_url)
        failure = browser.sign_in(email)
        return email, failure, browser.cookie_header()
    cookies, failures = {}, {}
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        for email, failure, cookie in pool.map(one, emails):
            if failure:
                failures[email] = failure
            else:
                cookies[email] = cookie
    return cookies, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--search-urls", type=int, default=20000)
    parser.add_argument("--posting-urls", type=int, default=50000)
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--partner-only-students", type=int, default=50, help="of --students")
    parser.add_argument("--employers", type=int, default=20)
    parser.add_argument("--staff", type=int, default=10)
    parser.add_argument("--reports-per-staff", type=int, default=20)
    parser.add_argument("--writer-employers", type=int, default=5)
    parser.add_argument("--writer-students", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    db, rnd = args.database, random.Random(args.seed)
    lists = os.path.join(args.out, "lists")
    os.makedirs(lists, exist_ok=True)
    notes = []

    def write(name, lines):
        with open(os.path.join(lists, name + ".txt"), "w") as f:
            f.writelines(line + "\n" for line in lines)
        return len(lines)

    counts = {}
    counts["about"] = write("about", ["/about\t"])
    counts["home"] = write("home", ["/\t"])

    vocab = Vocabulary(db)
    searches = search_urls(vocab, args.search_urls, rnd)
    if len(searches) < args.search_urls:
        notes.append("only %d distinct search URLs could be made (asked for %d)" % (len(searches), args.search_urls))
    counts["search-anonymous"] = write("search-anonymous", [u + "\t" for u in searches])

    open_ids = [r[0] for r in query(db, "select id from postings where status = 'OPEN' order by random() limit %d"
                                        % args.posting_urls)]
    with open(os.path.join(args.out, "open-postings.txt"), "w") as f:
        f.writelines(i + "\n" for i in open_ids)
    counts["posting-anonymous"] = write("posting-anonymous", ["/postings/%s\t" % i for i in open_ids])
    slugs = [r[0] for r in query(db, "select slug from companies order by slug")]
    counts["company"] = write("company", ["/companies/%s\t" % s for s in slugs])

    # Accounts, in a fixed random order (md5 of the id), so that reruns pick the same people.
    students = query(db, "select u.email, un.partner_only, un.id from students s join users u on u.id = s.user_id "
                         "join universities un on un.id = s.university_id "
                         "where u.email like 'student%@%.bench.example.edu' order by md5(u.id::text) limit 20000")
    partner_only = [s for s in students if s[1] == "t"]
    others = [s for s in students if s[1] != "t"]
    if not partner_only:
        notes.append("no generated students at partner-only universities")
    n_partner = min(len(partner_only), args.partner_only_students)
    read_students = partner_only[:n_partner] + others[:args.students - n_partner]
    writer_students = others[args.students - n_partner:][:args.writer_students]
    employers = query(db, "select u.email, m.company_id from users u join company_members m on m.user_id = u.id "
                          "where u.email like 'employer%%@bench.example.com' order by md5(u.id::text) limit %d"
                      % (args.employers + args.writer_employers))
    read_employers, writer_employers = employers[:args.employers], employers[args.employers:]
    staff = [r[0] for r in query(db, "select u.email from users u join university_staff s on s.user_id = u.id "
                                     "where u.email like 'staff%%@bench.example.edu' order by md5(u.id::text) "
                                     "limit %d" % args.staff)]
    with open(os.path.join(args.out, "writer-employers.txt"), "w") as f:
        f.writelines(e[0] + "\n" for e in writer_employers)
    with open(os.path.join(args.out, "writer-students.txt"), "w") as f:
        f.writelines(s[0] + "\n" for s in writer_students)

    emails = [s[0] for s in read_students] + [e[0] for e in read_employers] + staff
    cookies, failures = sign_in_all(args.base_url, emails)
    for email, why in sorted(failures.items()):
        notes.append("sign-in failed for %s: %s" % (email, why))

    # Students: searches with their own session; posting pages they can see. A partner-only
    # university's students see only its approved partners' postings (issue #4).
    signed_students = [s for s in read_students if s[0] in cookies]
    counts["search-student"] = write("search-student", [u + "\t" + cookies[rnd.choice(signed_students)[0]]
                                                        for u in searches] if signed_students else [])
    partner_postings = {}
    for university, posting in query(db, "select pa.university_id, p.id from partnerships pa join postings p "
                                          "on p.company_id = pa.company_id join universities u on u.id = "
                                          "pa.university_id where u.partner_only and pa.status = 'APPROVED' "
                                          "and p.status = 'OPEN' order by random() limit 200000"):
        partner_postings.setdefault(university, []).append(posting)
    viewers = [s for s in signed_students if s[1] != "t" or partner_postings.get(s[2])]
    restricted = [s for s in signed_students if s[1] == "t"]
    if restricted and not any(partner_postings.get(s[2]) for s in restricted):
        notes.append("no approved partnerships with partner-only universities: their %d students see no postings, "
                     "so they search (finding none) but open no posting pages" % len(restricted))
    lines = []
    for _ in range(len(open_ids) if viewers else 0):
        s = rnd.choice(viewers)
        posting = rnd.choice(partner_postings[s[2]]) if s[1] == "t" else rnd.choice(open_ids)
        lines.append("/postings/%s\t%s" % (posting, cookies[s[0]]))
    counts["posting-student"] = write("posting-student", lines)

    # Employers: the applicant lists of their own company's postings (not drafts).
    lines = []
    for email, company in read_employers:
        if email in cookies:
            for (posting,) in query(db, "select id from postings where company_id = %d and status <> 'DRAFT'"
                                        % int(company)):
                lines.append("/employer/postings/%s/applicants\t%s" % (posting, cookies[email]))
    counts["applicants-employer"] = write("applicants-employer", lines)

    # Staff: their university's outcome report over different ranges.
    lines = []
    for email in staff:
        if email in cookies:
            lines += ["%s\t%s" % (u, cookies[email]) for u in report_urls(rnd, args.reports_per_staff)]
    counts["reports-staff"] = write("reports-staff", lines)

    summary = {
        "lists": counts,
        "sessions": {
            "students": len(signed_students),
            "students_partner_only": sum(1 for s in signed_students if s[1] == "t"),
            "employers": sum(1 for e in read_employers if e[0] in cookies),
            "staff": sum(1 for e in staff if e in cookies),
            "failed": len(failures),
        },
        "writer_accounts": {"employers": len(writer_employers), "students": len(writer_students)},
        "notes": notes,
    }
    with open(os.path.join(args.out, "prepare.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
