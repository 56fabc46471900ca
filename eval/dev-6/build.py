#!/usr/bin/env python3
"""Build articles.jsonl, gold.jsonl and gold-as-output.jsonl for dev6, with checks.

Evidence offsets are computed from each claim's anchor phrase (never typed by hand):
the anchor must occur exactly once in the article text.
"""
import json
import re
import sys
from collections import Counter

import arts1, arts2, arts3, arts4, arts5

ARTS = arts1.ARTS + arts2.ARTS + arts3.ARTS + arts4.ARTS + arts5.ARTS

MEASURES = {"deployed", "killed", "wounded", "casualties", "captured"}
QUALS = {"exact", "approx", "at_least", "at_most", "range"}
KINDS = {"total", "increment", "planned", "recalled"}
ISO3 = {"RUS", "UKR", "PRK", "KOR", "ISR", "LBN", "SDN", "RWA", "COD", "ZAF", "PAK", "NGA", "MLI",
        "SOM", "EGY", "YEM", "USA", "SYR", "MMR", "ETH", "COL", "MEX", "HTI", "KEN", "IND", "PHL",
        "AUS", "JPN", "DEU", "IRQ", "BFA", "SSD", "UGA", "CMR", "IRN", "POL", "GBR", "CAF", "TWN"}
ORGS = {"NATO", "EU", "UN", "AU"}
GROUPS = set("""adf ahrar-al-sham al-qaeda al-shabaab ambazonia-df ansar-al-sham ansar-sharia
arakan-army artsakh asayesh bla boko-haram cjng cpc division-30 eln fano farc faylaq-al-rahman
faylaq-al-sham fsa hamas hazm hezbollah houthis hts isis isis-k iswap jaish-al-fatah jaish-al-islam
jaish-al-mujahideen jnim jund-al-aqsa kia knu lna m23 nour-al-din-al-zenki nusra pdf peshmerga pij
pkk pmf polisario rsf sdf shamiya-front sinaloa-cartel sna splm-io taliban tip tplf ttp viv-ansanm
white-army ypg""".split())
EXTRA_GROUPS = {"lakurawa", "lashkar-e-taiba"}  # groups outside the given list, ids of our own
N_NEG = 8
# anchors whose digits are not the value (Indian numbering, counts in words next to digits)
WORDVAL = {"around six lakh security personnel": (600000,)}

errors = []


def err(msg):
    errors.append(msg)


def valid_code(x, allow_null):
    if x is None:
        return allow_null
    return x in ISO3 or x in ORGS or x in GROUPS or x in EXTRA_GROUPS


def sentence_span(text, pos):
    """The sentence around pos: bounded by newlines and by . ! ? followed by space and a capital."""
    start = 0
    for m in re.finditer(r"(?:(?<=[.!?])[\"”']?\s+(?=[A-Z0-9\"“'])|\n+)", text):
        if m.end() <= pos:
            before = text[max(0, m.start() - 6):m.start() + 1]
            if re.search(r"(\bU\.S\.|\bU\.N\.|\bGen\.|\bCol\.|\bRep\.|\bNo\.|\bCapt\.|\bLt\.|Maj\.|\bSt\.|\bJan\.|\bFeb\.|\bAug\.|\bSept\.|\bOct\.|\bNov\.|\bDec\.|\bA\.|\bR\.)$", before.strip()):
                continue
            start = m.end()
        else:
            break
    end = len(text)
    for m in re.finditer(r"(?:(?<=[.!?])[\"”']?\s+(?=[A-Z0-9\"“'])|\n+)", text[pos:]):
        before = text[max(0, pos + m.start() - 6):pos + m.start() + 1]
        if re.search(r"(\bU\.S\.|\bU\.N\.|\bGen\.|\bCol\.|\bRep\.|\bNo\.|\bCapt\.|\bLt\.|Maj\.|\bSt\.|\bJan\.|\bFeb\.|\bAug\.|\bSept\.|\bOct\.|\bNov\.|\bDec\.|\bA\.|\bR\.)$", before.strip()):
            continue
        end = pos + m.start()
        break
    return start, end


def main():
    arts_out, gold_out, pred_out = [], [], []
    ids = [a["id"] for a in ARTS]
    if ids != [f"d6-{i:02d}" for i in range(1, 41)]:
        err(f"ids not d6-01..d6-40 in order: {ids}")
    neg = 0
    for a in ARTS:
        text = a["text"]
        words = len(text.split())
        if not 150 <= words <= 450:
            err(f"{a['id']}: {words} words")
        if not re.fullmatch(r"20(23|24|25|26)-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
            err(f"{a['id']}: bad publishedAt")
        arts_out.append({"id": a["id"], "source": a["source"], "url": None,
                         "publishedAt": a["publishedAt"], "title": a["title"], "text": text})
        if a["claims"] == "NEG":
            neg += 1
            gold_out.append({"articleId": a["id"], "force": None, "measure": "none", "value": None,
                             "high": None, "optional": True, "valueRange": [0, 0], "sentinel": True,
                             "note": "hard negative: no personnel claim in this article"})
            continue
        seen = set()
        nreq = 0
        for cl in a["claims"]:
            where = f"{a['id']} {cl['force']}/{cl['measure']}/{cl['value']}"
            if cl["measure"] not in MEASURES: err(f"{where}: measure")
            if cl["qualifier"] not in QUALS: err(f"{where}: qualifier")
            if cl["kind"] not in KINDS: err(f"{where}: kind")
            if not valid_code(cl["force"], allow_null=cl["optional"]): err(f"{where}: force")
            if not valid_code(cl["attributedParty"], allow_null=True): err(f"{where}: party")
            if cl["attributedParty"] is not None and cl["attributedTo"] is None:
                err(f"{where}: party without attributedTo")
            if (cl["high"] is not None) != (cl["qualifier"] == "range"): err(f"{where}: high iff range")
            if cl["high"] is not None and not cl["high"] > cl["value"]: err(f"{where}: high <= value")
            if not isinstance(cl["value"], int) or cl["value"] <= 0: err(f"{where}: value")
            if cl["optional"]:
                vr = cl["valueRange"]
                if not (vr and len(vr) == 2 and vr[0] <= vr[1]): err(f"{where}: valueRange")
            else:
                nreq += 1
                if cl["valueRange"] is not None: err(f"{where}: valueRange on required")
                k = (cl["force"], cl["measure"], cl["value"], cl["high"])
                if k in seen: err(f"{where}: duplicate required key")
                seen.add(k)
            n = text.count(cl["anchor"])
            if n != 1:
                err(f"{where}: anchor {cl['anchor']!r} found {n} times")
                continue
            digits = [int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\d|\d", cl["anchor"])]
            if digits and cl["value"] not in digits and cl["value"] not in WORDVAL.get(cl["anchor"], ()):
                err(f"{where}: value not in anchor digits {digits}")
            if cl["high"] is not None and digits and cl["high"] not in digits:
                err(f"{where}: high not in anchor digits {digits}")
            s = text.index(cl["anchor"])
            e = s + len(cl["anchor"])
            ss, se = sentence_span(text, s)
            g = {"articleId": a["id"], "force": cl["force"], "measure": cl["measure"],
                 "value": cl["value"], "high": cl["high"], "qualifier": cl["qualifier"],
                 "kind": cl["kind"], "location": cl["location"], "attributedTo": cl["attributedTo"],
                 "attributedParty": cl["attributedParty"], "attribution": cl["attributedParty"],
                 "evidence": {"sentence": text[ss:se], "start": s, "end": e,
                              "sentenceStart": ss, "sentenceEnd": se},
                 "optional": cl["optional"], "note": cl["note"]}
            if cl["optional"]:
                g["valueRange"] = cl["valueRange"]
            assert text[s:e] == cl["anchor"] and cl["anchor"] in g["evidence"]["sentence"]
            gold_out.append(g)
            if not cl["optional"]:
                p = {k: g[k] for k in ("articleId", "force", "measure", "value", "high", "qualifier",
                                       "kind", "location", "attributedTo", "attributedParty",
                                       "evidence")}
                pred_out.append(p)
        if nreq == 0:
            err(f"{a['id']}: positive article without required claims")
    if neg != N_NEG:
        err(f"{neg} hard negatives, want {N_NEG}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    w = lambda name, rows: open(name, "w", encoding="utf-8").write(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    w("articles.jsonl", arts_out)
    w("gold.jsonl", gold_out)
    w("gold-as-output.jsonl", pred_out)
    print(f"ok: {len(arts_out)} articles, {len(gold_out)} gold lines, {len(pred_out)} required")


if __name__ == "__main__":
    main()
