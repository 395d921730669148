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
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stintweb  # noqa: E402
from pageurls import Vocabulary, query, report_urls, search_urls  # noqa: E402


def sign_in_all(base_url, emails):
    """{email: cookie} of the accounts that signed in, and {email: reason} of those that did not."""
    browsers, failures = stintweb.sign_in_all(base_url, emails)
    return {email: browser.cookie_header() for email, browser in browsers.items()}, failures


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
