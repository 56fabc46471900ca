#!/usr/bin/env python3
"""Builds articles.jsonl and gold.jsonl from arts1-4.py (articles plus anchored claims)."""
import json, re, sys
from arts1 import ARTS as A1
from arts2 import ARTS as A2
from arts3 import ARTS as A3
from arts4 import ARTS as A4
ARTS = A1 + A2 + A3 + A4
FIELDS = ("force", "measure", "value", "high", "qualifier", "kind", "location", "attributedTo")

def sentence(text, start, end):
    # sentence bounds: paragraph breaks, or . ! ? followed by space and a capital/quote (not U.S.-style abbreviations)
    bounds = [0]
    for m in re.finditer(r"\n+|(?<=[.!?])[\"”]?\s+(?=[A-Z\"“])", text):
        prev = text[max(0, m.start() - 4):m.start()]
        if re.search(r"\b[A-Z]\.(?:[A-Z]\.)?$|\b(?:Gen|Brig|Maj|Col|Rep|Lt|St|Mr|Dr|No)\.$", prev):
            continue
        bounds.append(m.end())
    s = max(b for b in bounds if b <= start)
    nxt = [b for b in bounds if b > end]
    e = min(nxt) if nxt else len(text)
    return text[s:e].strip()

errs = []
ids = [a["id"] for a in ARTS]
assert ids == [f"b3-{i:02d}" for i in range(1, 41)], ids
with open("articles.jsonl", "w") as fa, open("gold.jsonl", "w") as fg:
    for a in ARTS:
        t = a["text"]
        wc = len(t.split())
        if not 150 <= wc <= 450:
            errs.append(f"{a['id']}: {wc} words")
        fa.write(json.dumps({"id": a["id"], "source": a["source"], "url": None, "publishedAt": a["publishedAt"],
                             "title": a["title"], "text": t}, ensure_ascii=False) + "\n")
        keys = set()
        for c in a["claims"]:
            pos, i = -1, -1
            for _ in range(c["occ"] + 1):
                pos = t.find(c["anchor"], pos + 1)
            if pos < 0:
                errs.append(f"{a['id']}: anchor not found {c['anchor']!r}"); continue
            end = pos + len(c["anchor"])
            g = {"articleId": a["id"]}
            for f in FIELDS:
                g[f] = c[f]
            g["attributedParty"] = c["party"] if c["attributedTo"] else None
            g["attribution"] = g["attributedParty"]
            if c["party"] and not c["attributedTo"]:
                errs.append(f"{a['id']}: party without attributedTo")
            if c["high"] is not None and c["qualifier"] != "range":
                errs.append(f"{a['id']}: high without range")
            g["evidence"] = {"sentence": sentence(t, pos, end), "start": pos, "end": end}
            g["forceAsWritten"] = c["anchor"]
            if c["opt"] is not None:
                g["optional"] = True
                g["valueRange"] = c["opt"]
                if c["value"] is not None and not c["opt"][0] <= c["value"] <= c["opt"][1]:
                    errs.append(f"{a['id']}: value outside valueRange")
            else:
                k = (c["force"], c["measure"], c["value"], c["high"])
                if c["value"] is None: errs.append(f"{a['id']}: required claim without value")
                if k in keys: errs.append(f"{a['id']}: duplicate key {k}")
                keys.add(k)
            if c["note"]:
                g["note"] = c["note"]
            fg.write(json.dumps(g, ensure_ascii=False) + "\n")
        if not a["claims"]:
            # sentinel: keeps a claim-free article in the scorer's article set (score.py only scores
            # articles that appear in the gold), so predictions on it count as false positives.
            fg.write(json.dumps({"articleId": a["id"], "force": None, "measure": "none", "value": None, "high": None,
                                 "optional": True, "valueRange": [0, 0], "sentinel": True,
                                 "note": "sentinel: this article has no claims"}) + "\n")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("built", len(ARTS), "articles")
