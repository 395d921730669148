#!/usr/bin/env python3
"""Checks that every write bench/writer.py saw acknowledged is in the database.

    bench/check-writes.py bench/results/<run>/writer.json DATABASE
    bench/check-writes.py bench/results/<run>/writer-acknowledged.jsonl DATABASE

Reads the writer's summary (or its JSON-lines log, which survives a killed writer) and asks
PostgreSQL, in one psql session, for each acknowledged write: the application exists (apply),
the posting exists with its title (create), is published (publish), carries the edit's marker
(edit), is closed (close); the application has left SUBMITTED (shortlist) or is hired or completed
(hire). Prints the missing ones and exits 1 if there are any. PGHOST/PGPORT/PGUSER as for psql.
"""

import json
import subprocess
import sys

CHECKS = {
    "apply": "exists (select 1 from applications a where a.id = k.id and a.posting_id = k.posting)",
    "create": "exists (select 1 from postings p where p.id = k.posting and p.title = k.text)",
    "publish": "exists (select 1 from postings p where p.id = k.posting and p.published_at is not null)",
    "edit": "exists (select 1 from postings p where p.id = k.posting and strpos(p.description, k.text) > 0)",
    "close": "exists (select 1 from postings p where p.id = k.posting and p.status = 'CLOSED')",
    "shortlist": "exists (select 1 from applications a where a.id = k.id and a.status <> 'SUBMITTED')",
    "hire": "exists (select 1 from applications a where a.id = k.id and a.status in ('HIRED', 'COMPLETED'))",
}


def literal(value):
    return "null" if value is None else "'" + str(value).replace("'", "''") + "'"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path, database = sys.argv[1], sys.argv[2]
    if path.endswith(".jsonl"):
        writes = [json.loads(line) for line in open(path) if line.strip()]
    else:
        writes = json.load(open(path))["acknowledged"]
    rows = []
    for n, w in enumerate(writes):
        text = w.get("title") if w["kind"] == "create" else w.get("marker")
        rows.append("(%d, %s, %s, %s, %s)" % (n, literal(w["kind"]), literal(w.get("application_id")),
                                              literal(w.get("posting_id")), literal(text)))
    if not rows:
        print("No acknowledged writes in %s" % path)
        return
    sql = ["create temp table k (n int, kind text, id bigint, posting bigint, text text);",
           "insert into k values %s;" % ", ".join(rows),
           "select n from k where not (case kind %s else false end);"
           % " ".join("when %s then %s" % (literal(kind), check) for kind, check in CHECKS.items())]
    out = subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", "-d", database],
                         input="\n".join(sql), check=True, capture_output=True, text=True, timeout=600).stdout
    missing = [writes[int(n)] for n in out.split()]
    for w in missing:
        print("missing: %s" % json.dumps(w))
    print("%d acknowledged writes checked, %d missing" % (len(writes), len(missing)))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
