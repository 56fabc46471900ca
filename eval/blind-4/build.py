#!/usr/bin/env python3
"""Build articles.jsonl, gold.jsonl, gold-as-output.jsonl for blind set b4 and check them."""
import json, re, sys
from collections import Counter
import lib
import arts1, arts2, arts3, arts4  # noqa: F401  (each appends to lib.ARTS)

MEASURES = {"deployed", "killed", "wounded", "casualties", "captured"}
QUALS = {"exact", "approx", "at_least", "at_most", "range"}
KINDS = {"total", "increment", "planned", "recalled"}
ABBR = ("Rep.", "Sept.", "Nov.", "Oct.", "Dec.", "Jan.", "Feb.", "Aug.", "Dr.", "Brig.", "Gen.", "Col.", "Lt.",
        "No.", "U.S.", "U.N.", "Mr.", "Mrs.", "St.", "Maj.", "Sgt.")

def sentence(text, s, e):
    # sentence boundaries: newline, or [.!?] (+ closing quote) followed by space and an upper-case/quote
    starts = [0]
    for m in re.finditer(r'\n|[.!?]["\u201d\')]?\s+(?=[A-Z"\u201c0-9])', text):
        before = text[:m.start() + 1]
        if any(before.endswith(a) for a in ABBR):
            continue
        starts.append(m.end())
    a = max(x for x in starts if x <= s)
    nxt = [x for x in starts if x > s]
    b = min(nxt) if nxt else len(text)
    sent = text[a:b].strip()
    assert text[s:e] in sent, (sent, text[s:e])
    return sent

errors = []
arts, gold, out = [], [], []
ids = [a["id"] for a in lib.ARTS]
assert len(ids) == len(set(ids)), "duplicate ids"
for a in lib.ARTS:
    text = a["text"]
    words = len(text.split())
    if not 170 <= words <= 260:
        errors.append(f"{a['id']}: {words} words")
    arts.append({"id": a["id"], "source": a["source"], "url": None, "publishedAt": a["publishedAt"],
                 "title": a["title"], "text": text})
    if not a["claims"]:
        gold.append({"articleId": a["id"], "force": None, "measure": "none", "value": None, "high": None,
                     "qualifier": None, "kind": None, "location": None, "attributedTo": None,
                     "attributedParty": None, "attribution": None, "optional": True, "valueRange": [0, 0],
                     "sentinel": True, "note": "article holds no claim; any prediction here is a false positive"})
        continue
    keys = Counter()
    for c in a["claims"]:
        anc = c["anchor"]
        pos, s = -1, -1
        for _ in range(c["occ"]):
            s = text.find(anc, pos + 1)
            pos = s
        if s < 0:
            errors.append(f"{a['id']}: anchor not found: {anc!r}")
            continue
        e = s + len(anc)
        if c["measure"] not in MEASURES: errors.append(f"{a['id']}: measure {c['measure']}")
        if c["qualifier"] not in QUALS: errors.append(f"{a['id']}: qualifier {c['qualifier']}")
        if c["kind"] not in KINDS: errors.append(f"{a['id']}: kind {c['kind']}")
        if (c["high"] is not None) != (c["qualifier"] == "range"):
            errors.append(f"{a['id']}: range/high mismatch {anc!r}")
        if c["high"] is not None and not c["value"] < c["high"]:
            errors.append(f"{a['id']}: low >= high {anc!r}")
        if (c["attributedTo"] is None) and c["attributedParty"] is not None:
            errors.append(f"{a['id']}: party without attributedTo {anc!r}")
        f = c["force"]
        if f is not None and not (re.fullmatch(r"[A-Z]{2,4}", f) or re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f)):
            errors.append(f"{a['id']}: bad force {f}")
        g = {"articleId": a["id"], "force": f, "measure": c["measure"], "value": c["value"], "high": c["high"],
             "qualifier": c["qualifier"], "kind": c["kind"], "location": c["location"],
             "attributedTo": c["attributedTo"], "attributedParty": c["attributedParty"],
             "attribution": c["attributedParty"],
             "evidence": {"sentence": sentence(text, s, e), "start": s, "end": e},
             "forceAsWritten": anc}
        if c["opt"]:
            lo, hi = c["opt"]
            g["optional"] = True
            g["valueRange"] = [lo, hi]
            if c["value"] is not None and not lo <= c["value"] <= hi:
                errors.append(f"{a['id']}: optional value outside range {anc!r}")
        else:
            if c["value"] is None:
                errors.append(f"{a['id']}: required claim without value {anc!r}")
            k = (f, c["measure"], c["value"], c["high"])
            keys[k] += 1
            if keys[k] > 1:
                errors.append(f"{a['id']}: duplicate required key {k}")
        if c["note"]:
            g["note"] = c["note"]
        gold.append(g)
        if c["value"] is not None:
            o = {k2: g[k2] for k2 in ("articleId", "force", "measure", "value", "high", "qualifier", "kind",
                                       "location", "attributedTo", "attributedParty", "evidence", "forceAsWritten")}
            out.append(o)
    # optional ranges must not swallow a required claim of the same force/measure
    req = [c for c in a["claims"] if not c["opt"]]
    for c in a["claims"]:
        if c["opt"]:
            lo, hi = c["opt"]
            for r in req:
                if (r["force"], r["measure"]) == (c["force"], c["measure"]) and lo <= r["value"] <= hi:
                    print(f"note {a['id']}: optional {c['anchor']!r} range covers required {r['anchor']!r} (required matches first)")

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("articles.jsonl", arts)
dump("gold.jsonl", gold)
dump("gold-as-output.jsonl", out)
if errors:
    print("\n".join(errors))
    sys.exit(1)
req = [g for g in gold if not g.get("optional")]
opt = [g for g in gold if g.get("optional") and not g.get("sentinel")]
sent = [g for g in gold if g.get("sentinel")]
print(f"articles {len(arts)} gold lines {len(gold)} required {len(req)} optional {len(opt)} sentinel {len(sent)}")
for fld in ("measure", "kind", "qualifier"):
    print(fld, dict(Counter(g[fld] for g in req)))
print("forces", dict(Counter(g["force"] for g in req)))
print("attributed", sum(1 for g in req if g["attribution"]), "unattributed", sum(1 for g in req if not g["attribution"]))
wc = [len(a["text"].split()) for a in arts]
print("words min", min(wc), "max", max(wc))
