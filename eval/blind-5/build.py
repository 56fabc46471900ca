#!/usr/bin/env python3
"""Build articles.jsonl, gold.jsonl and gold-as-output.jsonl from the spec modules arts1-4.
Evidence offsets are computed from anchor phrases; every check failing aborts the build."""
import json, re, sys
from collections import Counter
import arts1, arts2, arts3, arts4

ARTICLES = arts1.ARTICLES + arts2.ARTICLES + arts3.ARTICLES + arts4.ARTICLES

MEASURES = {"deployed", "killed", "wounded", "casualties", "captured"}
QUALS = {"exact", "approx", "at_least", "at_most", "range"}
KINDS = {"total", "increment", "planned", "recalled"}
# ISO 3166-1 alpha-3 codes used in this set (checked by hand against the standard)
ISO3 = set("""PRK KOR RUS UKR USA SDN COD RWA BDI ZAF SOM EGY MLI NGA ETH CMR SSD UGA ISR LBN SYR TUR
IRQ DEU LTU BLR SRB MMR PAK KEN GTM SLV HTI COL MEX THA KHM CAF BFA FRA GBR""".split())
NON_ISO_STATES = {"XKX"}  # Kosovo: no ISO code; the conventional user-assigned XKX (attribution only)
ORGS = {"NATO", "EU", "UN", "AU"}
GIVEN_GROUPS = set("""adf ahrar-al-sham al-qaeda al-shabaab ambazonia-df ansar-al-sham ansar-sharia arakan-army
artsakh asayesh bla boko-haram cjng cpc division-30 eln fano farc faylaq-al-rahman faylaq-al-sham fsa hamas hazm
hezbollah houthis hts isis isis-k iswap jaish-al-fatah jaish-al-islam jaish-al-mujahideen jnim jund-al-aqsa kia knu
lna m23 nour-al-din-al-zenki nusra pdf peshmerga pij pkk pmf polisario rsf sdf shamiya-front sinaloa-cartel sna
splm-io taliban tip tplf ttp viv-ansanm white-army ypg""".split())
INVENTED_GROUPS = {"tnla", "gran-grif", "clan-del-golfo", "3r", "vdp", "cjtf"}
FORCES = ISO3 | ORGS | GIVEN_GROUPS | INVENTED_GROUPS | NON_ISO_STATES
PARTIES = FORCES | NON_ISO_STATES

ABBREV = {"sept", "u.s", "u.n", "rep", "no", "gen", "col", "lt", "maj", "mr", "dr", "st", "feb", "jan", "aug",
          "oct", "nov", "dec", "capt"}

errors = []
def err(msg):
    errors.append(msg)

def sentences(text):
    """Spans (start, end) of sentences: split at paragraph breaks and at . ! ? (plus closing quotes)
    followed by space and a capital/quote/digit, unless the word before is a known abbreviation."""
    spans, start = [], 0
    i, n = 0, len(text)
    while i < n:
        if text.startswith("\n\n", i):
            if text[start:i].strip():
                spans.append((start, i))
            i += 2
            start = i
            continue
        c = text[i]
        if c in ".!?":
            j = i + 1
            while j < n and text[j] in "\"')":
                j += 1
            if j < n and text[j] == " " and j + 1 < n and (text[j + 1].isupper() or text[j + 1] in "\"(" or text[j + 1].isdigit()):
                word = re.search(r"([A-Za-z.]+)$", text[start:i])
                w = word.group(1).lower() if word else ""
                if c != "." or (w not in ABBREV and not re.fullmatch(r"[a-z]", w)):
                    spans.append((start, j))
                    i = j + 1
                    start = i
                    continue
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    return spans

def locate(text, anchor, ctx, where):
    if ctx:
        if text.count(ctx) != 1:
            err(f"{where}: ctx {ctx!r} found {text.count(ctx)} times")
            return None
        if anchor not in ctx:
            err(f"{where}: anchor {anchor!r} not in ctx {ctx!r}")
            return None
        s = text.index(ctx) + ctx.index(anchor)
    else:
        if text.count(anchor) != 1:
            err(f"{where}: anchor {anchor!r} found {text.count(anchor)} times (give a ctx)")
            return None
        s = text.index(anchor)
    return s, s + len(anchor)

def main():
    arts_out, gold_out, pred_out, table = [], [], [], []
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"b5-{i:02d}" for i in range(1, 41)]:
        err(f"ids not b5-01..b5-40: {ids}")
    for a in ARTICLES:
        t = a["text"]
        aid = a["id"]
        words = len(t.split())
        if not 220 <= words <= 420:
            err(f"{aid}: {words} words")
        if not re.fullmatch(r"202[456]-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
            err(f"{aid}: bad publishedAt")
        if "\u2019" in t or any(ord(ch) > 0xFFFF for ch in t):
            err(f"{aid}: non-BMP or curly characters")
        arts_out.append(dict(id=aid, source=a["source"], url=None, publishedAt=a["publishedAt"],
                             title=a["title"], text=t))
        spans = sentences(t)
        req_keys = set()
        nreq = nopt = 0
        for k, c in enumerate(a["claims"]):
            where = f"{aid} claim {k} ({c['anchor']})"
            if c["measure"] not in MEASURES: err(f"{where}: measure {c['measure']}")
            if c["qualifier"] not in QUALS: err(f"{where}: qualifier {c['qualifier']}")
            if c["kind"] not in KINDS: err(f"{where}: kind {c['kind']}")
            if c["force"] is None:
                if not c["optional"]: err(f"{where}: null force on a required line")
            elif c["force"] not in FORCES: err(f"{where}: force {c['force']}")
            if c["attributedParty"] is not None and c["attributedParty"] not in PARTIES:
                err(f"{where}: party {c['attributedParty']}")
            if c["attributedParty"] is not None and c["attributedTo"] is None:
                err(f"{where}: party without attributedTo")
            if (c["qualifier"] == "range") != (c["high"] is not None):
                err(f"{where}: high iff range violated")
            if c["high"] is not None and c["high"] <= c["value"]:
                err(f"{where}: high <= value")
            if not isinstance(c["value"], int) or c["value"] <= 0:
                err(f"{where}: value {c['value']}")
            if c["optional"]:
                vr = c["valueRange"]
                if not (vr and len(vr) == 2 and vr[0] <= vr[1] and vr[0] <= c["value"] <= vr[1]):
                    err(f"{where}: optional needs a valueRange containing value")
            elif c["valueRange"] is not None:
                err(f"{where}: valueRange on a required line")
            pos = locate(t, c["anchor"], c["ctx"], where)
            if pos is None:
                continue
            s, e = pos
            sent = next(((x, y) for x, y in spans if x <= s and e <= y), None)
            if sent is None:
                err(f"{where}: anchor crosses a sentence boundary")
                continue
            ev = {"sentence": t[sent[0]:sent[1]].strip(), "start": s, "end": e}
            line = dict(articleId=aid, force=c["force"], measure=c["measure"], value=c["value"],
                        high=c["high"], qualifier=c["qualifier"], kind=c["kind"], location=c["location"],
                        attributedTo=c["attributedTo"], attributedParty=c["attributedParty"],
                        attribution=c["attributedParty"], evidence=ev, optional=c["optional"])
            if c["optional"]:
                line["valueRange"] = c["valueRange"]
                nopt += 1
            else:
                key = (c["force"], c["measure"], c["value"], c["high"])
                if key in req_keys: err(f"{where}: duplicate required key {key}")
                req_keys.add(key)
                nreq += 1
                pred_out.append({k2: line[k2] for k2 in ("articleId", "force", "measure", "value", "high",
                                 "qualifier", "kind", "location", "attributedTo", "attributedParty", "evidence")})
            if c["note"]:
                line["note"] = c["note"]
            gold_out.append(line)
        # required lines whose value an optional line of the same force/measure would also excuse
        for c in a["claims"]:
            if c["optional"]:
                for r in a["claims"]:
                    if not r["optional"] and r["force"] == c["force"] and r["measure"] == c["measure"] \
                            and c["valueRange"][0] <= r["value"] <= c["valueRange"][1] and r["high"] is None:
                        print(f"note: {aid} optional {c['anchor']!r} range covers required {r['anchor']!r}")
        if a["neg"]:
            if nreq: err(f"{aid}: negative article with required claims")
            gold_out.append(dict(articleId=aid, force=None, measure="none", value=None, high=None,
                                 optional=True, valueRange=[0, 0], sentinel=True,
                                 note="sentinel: article has no personnel claim; any scored prediction here is a false positive"))
        elif nreq == 0:
            err(f"{aid}: positive article without required claims")
        table.append(dict(id=aid, source=a["source"], conflict=a["conflict"], words=words,
                          required=nreq, optional=nopt, sentinel=a["neg"]))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open("articles.jsonl", "w") as f:
        for x in arts_out: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open("gold.jsonl", "w") as f:
        for x in gold_out: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open("gold-as-output.jsonl", "w") as f:
        for x in pred_out: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    # offsets round-trip
    for g in gold_out:
        if g.get("sentinel"): continue
        text = next(x["text"] for x in arts_out if x["id"] == g["articleId"])
        ev = g["evidence"]
        assert text[ev["start"]:ev["end"]] in ev["sentence"], g
    req = [g for g in gold_out if not g["optional"]]
    opt = [g for g in gold_out if g["optional"] and not g.get("sentinel")]
    stats = dict(articles=len(arts_out), required=len(req), optional=len(opt),
                 sentinels=sum(1 for g in gold_out if g.get("sentinel")),
                 measures=Counter(g["measure"] for g in req), kinds=Counter(g["kind"] for g in req),
                 qualifiers=Counter(g["qualifier"] for g in req), forces=Counter(g["force"] for g in req),
                 parties=Counter(str(g["attributedParty"]) for g in req), table=table,
                 conflicts=len({a["conflict"] for a in ARTICLES}))
    json.dump(stats, open("stats.json", "w"), indent=1)
    print(f"ok: {stats['articles']} articles, {stats['required']} required, {stats['optional']} optional, "
          f"{stats['sentinels']} sentinels, {stats['conflicts']} conflicts")

if __name__ == "__main__":
    main()
