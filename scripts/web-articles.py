#!/usr/bin/env python3
"""Write the article-extraction benchmark's pages as an articles folder claimgraph reads.

usage: web-articles.py CORPUS_DIR OUT_DIR

CORPUS_DIR holds `ground-truth.json` (page id -> {"url", "articleBody"}, the body marked by
hand) and `html/<id>.html.gz` (the pages). OUT_DIR gets, for every page with a body:

- `<doc>.txt`: the headline, a blank line, then the hand-marked body exactly as the ground
  truth gives it (its paragraphs are already separated by a blank line, its list lines by a
  single line end), and one final line end. The only normalisations: CR LF and lone CR become
  LF, and whitespace at the very start and end of the body is dropped (the ground truth has
  none; the file's layout needs the headline's blank line and one final line end exactly).
- `sources.tsv`: `doc publisher published precision basis title`, as the news corpus's, read
  by `src/corpus/sources.rs`. publisher is the URL's host without `www.`; published is the
  page's publication day: from a timestamp of the page (meta `article:published_time`,
  `datePublished` of microdata or JSON-LD, and the like) taken as the day written in it,
  which is the outlet's local day when the timestamp carries its offset; when it is in UTC
  (`Z`) or has no offset and the URL has a full date one day earlier, the URL's day (the
  outlet's local day before midnight UTC); else the date in the URL (day or month); else `unknown`. basis says
  which. title is the headline: og:title, else twitter:title, else JSON-LD headline, else
  <title>, without the site's name.

Doc ids are `w_<domain word>_<slug>`: the domain word is the label before the public suffix
(`nytimes` for www.nytimes.com, `bbc` for www.bbc.com, `sky` for news.sky.com), the slug is
the title's (else the URL's last descriptive path segment, else the page id's first eight
digits), ASCII lower case and hyphens, at most 36 characters. Pages whose ids would collide
get the page id's first six digits appended, in the order of their page ids, so ids are
stable for a given corpus. Standard library only; deterministic (sorted, no clock).
"""
import datetime
import gzip
import html
import html.parser
import json
import pathlib
import re
import sys
import unicodedata
import urllib.parse

# Second-level labels under which a domain's own name is the third label from the right.
SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or"}
SLUG_MAX = 36


class Page(html.parser.HTMLParser):
    """Collects <meta> contents, <time datetime>, the <title> and JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = []  # (key lower-cased, content)
        self.title = ""
        self.ld = []
        self._in = None
        self._buf = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            content = a.get("content")
            if content is None:
                return
            for attr in ("property", "name", "itemprop"):
                if a.get(attr):
                    self.meta.append((a[attr].strip().lower(), content.strip()))
        elif tag == "title" and self._in is None and not self.title:
            self._in, self._buf = "title", []
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._in, self._buf = "ld", []

    def handle_endtag(self, tag):
        if self._in == "title" and tag == "title":
            self.title = "".join(self._buf)
            self._in = None
        elif self._in == "ld" and tag == "script":
            self.ld.append("".join(self._buf))
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)

    def first(self, *keys):
        for key in keys:
            for k, v in self.meta:
                if k == key and v:
                    return v
        return None


def ld_values(blocks, key):
    """Every string value of `key` anywhere in the JSON-LD blocks, in document order."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == key and isinstance(v, str) and v.strip():
                    out.append(v.strip())
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for block in blocks:
        try:
            walk(json.loads(block))
        except (json.JSONDecodeError, RecursionError):
            continue
    return out


def clean(text):
    """One line: entities decoded, whitespace runs (tabs, line ends) made one space."""
    return " ".join(html.unescape(text).split())


def host_of(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def domain_word(host):
    labels = [l for l in host.split(".") if l]
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "web")


def squash(text):
    """ASCII lower case and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def slug_of(title, url, page_id):
    candidates = [title]
    path = urllib.parse.urlsplit(url).path
    segments = [re.sub(r"\.[a-z]+$", "", s) for s in path.split("/") if s]
    segments = [s for s in segments if re.search(r"[a-zA-Z].*[a-zA-Z]", s) and s != "index"]
    candidates += sorted(segments, key=len, reverse=True)[:1]
    for c in candidates:
        s = squash(c or "")
        if len(re.sub(r"[^a-z]", "", s)) >= 8:
            return s[:SLUG_MAX].strip("-")
    return page_id[:8]


def without_site(title, site_names):
    """Drops a leading or trailing ' | Site', ' - Site' part naming the site."""
    names = {squash(n).replace("-", "") for n in site_names if n}
    names.discard("")
    parts = re.split(r"\s+[|\-\u2013\u2014:]\s+|\s+::\s+", title)
    seps = re.findall(r"\s+[|\-\u2013\u2014:]\s+|\s+::\s+", title)
    if len(parts) < 2:
        return title

    def is_site(part):
        p = squash(part).replace("-", "")
        return bool(p) and any(p == n or p.startswith(n) or n.startswith(p) for n in names)

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip()


TIMESTAMP_KEYS = [
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "article.published",
    "publishdate",
    "pubdate",
    "date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "dcterms.created",
    "sn-post-date",
]


MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def day_of_timestamp(ts):
    """(YYYY-MM-DD, not_local) for a timestamp as pages write them ("2019-11-19T08:41:00Z",
    "2019/11/19", "20191119", "November 19, 2019, 07:47 PM EST", "19 Nov 2019 07:09 GMT",
    "Tue Nov 19 2019 05:44:06 GMT+0000"), or None. not_local: the time is given in UTC or
    with no offset, so its day may be the day after the outlet's."""
    # A time of day written first ("01:38:07 PM IST Nov 20, 2019").
    ts = re.sub(r"^\d{1,2}:\d\d(?::\d\d)?\s*(?:[AP]M)?\s+[A-Z]{2,4}\s+", "", ts.strip())
    y = m = d = None
    rest = ""
    iso = re.match(r"(\d{4})[-/](\d{2})[-/](\d{2})(.*)$", ts) or re.match(
        r"(\d{4})(\d{2})(\d{2})(?!\d)(.*)$", ts
    )
    if iso:
        y, m, d, rest = int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), iso.group(4)
    else:
        words = re.match(
            r"(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(.*)$", ts
        )
        if words and words.group(1).lower() in MONTHS:
            m, d, y = MONTHS.index(words.group(1).lower()) + 1, int(words.group(2)), int(words.group(3))
            rest = words.group(4)
        else:
            words = re.match(r"(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})(.*)$", ts)
            if not words or words.group(2).lower() not in MONTHS:
                return None
            d, m, y = int(words.group(1)), MONTHS.index(words.group(2).lower()) + 1, int(words.group(3))
            rest = words.group(4)
    try:
        day = datetime.date(y, m, d)
    except ValueError:
        return None
    if not 1990 <= day.year <= 2030:
        return None
    has_time = bool(re.search(r"\d:\d\d", rest))
    local = bool(re.search(r"[+-]\d\d:?\d\d\s*$|\b[A-Z]{2,4}T\s*$|\bIST\s*$", rest.strip()))
    utc = bool(re.search(r"(Z|[+-]00:?00|GMT|UTC)\s*(\(.*\))?$", rest.strip()))
    return day.isoformat(), has_time and (utc or not local)


def url_date(url):
    """(date, precision) from the URL's path: /2019/11/19/, 2019-11-19, /2019/nov/18/, /2019/11/."""
    path = urllib.parse.urlsplit(url).path
    m = re.search(r"/((?:19|20)\d\d)/(\d\d|[a-z]{3})/(\d\d)(?:/|$)", path)
    if not m:
        m = re.search(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)", path)
    if m:
        month = m.group(2)
        month = MONTHS.index(month) + 1 if month in MONTHS else int(month)
        try:
            return datetime.date(int(m.group(1)), month, int(m.group(3))).isoformat(), "day"
        except ValueError:
            pass
    m = re.search(r"-((?:19|20)\d\d)(\d\d)(\d\d)/?$", path)
    if m:
        try:
            return datetime.date(*map(int, m.groups())).isoformat(), "day"
        except ValueError:
            pass
    m = re.search(r"/((?:19|20)\d\d)/(\d\d)(?:/|$)", path)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}", "month"
    return None


# In the raw page when neither <meta> nor a well-formed JSON-LD block has it: a script's or a
# hidden field's publication date, then a <time> element marked as the publication's.
RAW_DATES = [
    ("datePublished in the page's scripts", r"[\"']datePublished[\"']\s*:\s*[\"']([^\"']+)[\"']"),
    ("a published_date field", r"published_date[\"']?[^>]{0,40}?value=[\"']([^\"']+)[\"']"),
    ("publishDate in the page's scripts", r"publishDate\s*:\s*[\"']([^\"']+)[\"']"),
    ("a <time> element of publication", r"<time[^>]*(?:pub|publish)[^>]*datetime=[\"']([^\"']+)[\"']"),
    ("the page's first <time> element", r"<time[^>]*datetime=[\"']([^\"']+)[\"']"),
]


def published_of(page, raw, url):
    """(published, precision, basis)."""
    found = None
    for key in TIMESTAMP_KEYS:
        value = page.first(key)
        if value and day_of_timestamp(value):
            found = (f"meta {key}", value)
            break
    if not found:
        for value in ld_values(page.ld, "datePublished"):
            if day_of_timestamp(value):
                found = ("JSON-LD datePublished", value)
                break
    for where, pattern in [] if found else RAW_DATES:
        for value in re.findall(pattern, raw):
            if day_of_timestamp(value):
                found = (where, value)
                break
        if found:
            break
    in_url = url_date(url)
    if found:
        where, value = found
        day, utc = day_of_timestamp(value)
        if utc and in_url and in_url[1] == "day":
            before = (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()
            if in_url[0] == before:
                return (
                    in_url[0],
                    "day",
                    f"stated: URL date (the outlet's day; {where} {value} is UTC or has no offset)",
                )
        return day, "day", f"stated: {where} {value}"
    if in_url:
        return in_url[0], in_url[1], "stated: date in the URL"
    return "unknown", "", "no date in the page or its URL"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: web-articles.py CORPUS_DIR OUT_DIR")
    corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    rows, seen = [], {}
    for page_id in sorted(truth):
        url = truth[page_id]["url"]
        body = truth[page_id].get("articleBody") or ""
        body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not body:
            continue
        raw = gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes())
        raw = raw.decode("utf-8", errors="replace")
        page = Page()
        page.feed(raw)
        page.close()
        host = host_of(url)
        word = domain_word(host)
        raw_title = (
            page.first("og:title", "twitter:title")
            or next(iter(ld_values(page.ld, "headline")), None)
            or page.title
        )
        title = clean(raw_title or "")
        title = without_site(
            title, [page.first("og:site_name", "application-name"), word, host]
        )
        published, precision, basis = published_of(page, raw, url)
        doc = f"w_{squash(word).replace('-', '')}_{slug_of(title, url, page_id)}"
        if doc in seen:
            doc = f"{doc}-{page_id[:6]}"
        seen[doc] = page_id
        headline = title or body.split("\n", 1)[0]
        (out / f"{doc}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8", newline="\n")
        rows.append((doc, host, published, precision, clean(basis), title))
    with open(out / "sources.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("doc\tpublisher\tpublished\tprecision\tbasis\ttitle\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} articles written to {out}")


if __name__ == "__main__":
    main()
