#!/usr/bin/env python3
"""Check the hand-made cross-source verdicts in data/gold/verdicts/*.json.

For every mention: open(articles/<doc>.txt, encoding='utf-8').read()[start:end] == text.
For every verdict: mentions from 2+ different docs, all of the verdict's event (stories.tsv),
verdict in {agree, compatible, conflict}, known kind, required fields; ids unique over all files.
Also checks split.tsv if present. Exits non-zero on any failure.
Usage: scripts/check-verdicts.py [--corpus DIR]   (default ../shared/corpora/news-clusters beside the repository)
"""
import csv, glob, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
corpus = os.path.join(root, '..', 'shared', 'corpora', 'news-clusters')
if '--corpus' in sys.argv:
    corpus = sys.argv[sys.argv.index('--corpus') + 1]
vdir = os.path.join(root, 'data', 'gold', 'verdicts')
FIELDS = {'id', 'event_id', 'kind', 'what', 'verdict', 'mentions', 'why'}
KINDS = {'count', 'date', 'quote', 'percent', 'amount', 'duration', 'ratio'}
VERDICTS = {'agree', 'compatible', 'conflict'}

errors = []
def err(msg):
    errors.append(msg)

event_of = {}
with open(os.path.join(corpus, 'stories.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        event_of[row['doc']] = int(row['event_id'])

texts = {}
def text(doc):
    if doc not in texts:
        p = os.path.join(corpus, 'articles', doc + '.txt')
        texts[doc] = open(p, encoding='utf-8').read() if os.path.exists(p) else None
    return texts[doc]

ids = set()
nv = nm = 0
files = sorted(glob.glob(os.path.join(vdir, '*.json')))
if not files:
    err('no verdict files in %s' % vdir)
events_in_files = set()
for path in files:
    name = os.path.basename(path)
    try:
        data = json.load(open(path, encoding='utf-8'))
    except Exception as e:
        err('%s: not valid JSON: %s' % (name, e)); continue
    if not isinstance(data, list):
        err('%s: not a JSON list' % name); continue
    m = re.fullmatch(r'e(\d+)\.json', name)
    file_event = int(m.group(1)) if m else None
    for v in data:
        nv += 1
        vid = v.get('id')
        where = '%s:%s' % (name, vid)
        if set(v) != FIELDS:
            err('%s: fields %s, expected %s' % (where, sorted(v), sorted(FIELDS)))
        if vid in ids:
            err('%s: duplicate id' % where)
        ids.add(vid)
        ev = v.get('event_id')
        if not isinstance(ev, int):
            err('%s: event_id not a number' % where)
        if file_event is not None and ev != file_event:
            err('%s: event_id %r in file of event %d' % (where, ev, file_event))
        if not (isinstance(vid, str) and re.fullmatch(r'e%s-\d{2,}' % ev, vid)):
            err('%s: id does not have the form e<event>-<nn>' % where)
        events_in_files.add(ev)
        if v.get('verdict') not in VERDICTS:
            err('%s: verdict %r' % (where, v.get('verdict')))
        if v.get('kind') not in KINDS:
            err('%s: kind %r' % (where, v.get('kind')))
        for k in ('what', 'why'):
            if not (isinstance(v.get(k), str) and v.get(k).strip()):
                err('%s: empty %s' % (where, k))
        ms = v.get('mentions') or []
        docs = set()
        for i, mm in enumerate(ms):
            nm += 1
            d = mm.get('doc')
            if set(mm) != {'doc', 'text', 'start', 'end'}:
                err('%s mention %d: fields %s' % (where, i, sorted(mm)))
            if event_of.get(d) != ev:
                err('%s mention %d: doc %r is of event %r, not %r' % (where, i, d, event_of.get(d), ev))
            t = text(d) if d in event_of else None
            if t is None:
                err('%s mention %d: no article %r' % (where, i, d)); continue
            s, e = mm.get('start'), mm.get('end')
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
                err('%s mention %d: bad offsets %r..%r' % (where, i, s, e)); continue
            if t[s:e] != mm.get('text'):
                err('%s mention %d: text %r but file has %r at %d..%d' % (where, i, mm.get('text'), t[s:e], s, e))
            docs.add(d)
        if len(docs) < 2:
            err('%s: mentions from %d doc(s), need 2+ different docs' % (where, len(docs)))

split = os.path.join(vdir, 'split.tsv')
if os.path.exists(split):
    lines = open(split, encoding='utf-8').read().splitlines()
    if not lines or lines[0] != 'event_id\tpart':
        err('split.tsv: header must be "event_id<TAB>part"')
    seen = set()
    for ln in lines[1:]:
        parts = ln.split('\t')
        if len(parts) != 2 or not parts[0].isdigit() or parts[1] not in ('tune', 'heldout', 'fresh', 'fresh2'):
            err('split.tsv: bad line %r' % ln); continue
        if int(parts[0]) in seen:
            err('split.tsv: event %s twice' % parts[0])
        seen.add(int(parts[0]))
    for ev in events_in_files - seen:
        err('split.tsv: event %s of the verdict files is missing' % ev)

for e in errors:
    print('FAIL', e)
print('%d files, %d verdicts, %d mentions, %d errors' % (len(files), nv, nm, len(errors)))
sys.exit(1 if errors else 0)
