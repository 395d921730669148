"""What bench/prepare.py makes its URL lists of: the database's own data, read through psql
(PGHOST/PGPORT/PGUSER as for psql), and from it searches as people make them (words of real
titles, real filter values, pages 1-10) and staff reports over different ranges. Standard library
only.
"""

import datetime
import subprocess
import urllib.parse

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
