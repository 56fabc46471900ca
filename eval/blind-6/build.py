#!/usr/bin/env python3
"""Build the blind6 evaluation set: articles.jsonl, gold.jsonl, gold-as-output.jsonl.
Articles and their claims live in arts_a.py .. arts_d.py. Offsets come from anchor phrases."""
import json, re, subprocess, sys, os, tempfile

NONSTATE = set("""adf ahrar-al-sham al-qaeda al-shabaab ambazonia-df ansar-al-sham ansar-sharia arakan-army
artsakh asayesh bla boko-haram cjng cpc division-30 eln fano farc faylaq-al-rahman faylaq-al-sham fsa hamas
hazm hezbollah houthis hts isis isis-k iswap jaish-al-fatah jaish-al-islam jaish-al-mujahideen jnim jund-al-aqsa
kia knu lna m23 nour-al-din-al-zenki nusra pdf peshmerga pij pkk pmf polisario rsf sdf shamiya-front
sinaloa-cartel sna splm-io taliban tip tplf ttp viv-ansanm white-army ypg""".split())
EXTRA = {"mss"}  # non-state / ad-hoc ids outside the given list (Haiti's Multinational Security Support mission)
ORGS = {"NATO", "EU", "UN", "AU", "SADC", "ECOWAS", "CSTO"}
MEASURES = {"deployed", "killed", "wounded", "casualties", "captured"}
QUALS = {"exact", "approx", "at_least", "at_most", "range"}
KINDS = {"total", "increment", "planned", "recalled"}


def C(anchor, force, measure, value, qual, kind, loc, attr_to, party, high=None, opt=None, occ=0, note=""):
    return dict(anchor=anchor, force=force, measure=measure, value=value, qualifier=qual, kind=kind,
                location=loc, attributedTo=attr_to, attributedParty=party, high=high, opt=opt, occ=occ,
                note=note)


def code_ok(c):
    return c is None or c in NONSTATE or c in EXTRA or c in ORGS or bool(re.fullmatch(r"[A-Z]{3}", c))


def sentence(text, s, e):
    bounds = [0] + [m.end() for m in re.finditer(r'[.!?]["”’]?\s+(?=[A-Z"“‘(])|\n+', text)]
    a = max(b for b in bounds if b <= s)
    nxt = [b for b in bounds if b >= e]
    z = min(nxt) if nxt else len(text)
    return text[a:z].strip(), a


def main():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import arts_a, arts_b, arts_c, arts_d
    arts = arts_a.ARTICLES + arts_b.ARTICLES + arts_c.ARTICLES + arts_d.ARTICLES
    errors = []
    articles, gold, out = [], [], []
    for n, a in enumerate(arts, 1):
        aid = f"b6-{n:02d}"
        if a.get("id") and a["id"] != aid:
            errors.append(f"{a['id']}: out of order (expected {aid})")
        text = a["text"].strip()
        words = len(text.split())
        if not 180 <= words <= 380:
            errors.append(f"{aid}: {words} words")
        articles.append(dict(id=aid, source=a["source"], url=None, publishedAt=a["publishedAt"],
                             title=a["title"], text=text))
        if not re.fullmatch(r"202[456]-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
            errors.append(f"{aid}: bad publishedAt")
        claims = a["claims"]
        if not claims:
            gold.append(dict(articleId=aid, force=None, measure="none", value=None, high=None,
                             qualifier=None, location=None, attributedTo=None, attributedParty=None,
                             attribution=None, kind=None, optional=True, valueRange=[0, 0],
                             sentinel=True, note="hard negative: no personnel claim"))
            continue
        keys = set()
        for c in claims:
            tag = f"{aid} {c['anchor']!r}"
            hits = [m.start() for m in re.finditer(re.escape(c["anchor"]), text)]
            if len(hits) <= c["occ"]:
                errors.append(f"{tag}: anchor not found"); continue
            if len(hits) > 1 and c["occ"] == 0 and not c.get("dup_ok"):
                errors.append(f"{tag}: anchor occurs {len(hits)} times; give occ")
            s = hits[c["occ"]]; e = s + len(c["anchor"])
            sent, _ = sentence(text, s, e)
            if not code_ok(c["force"]) or c["force"] is None:
                errors.append(f"{tag}: bad force {c['force']}")
            if c["attributedParty"] is not None and not code_ok(c["attributedParty"]):
                errors.append(f"{tag}: bad party {c['attributedParty']}")
            if c["attributedTo"] is None and c["attributedParty"] is not None:
                errors.append(f"{tag}: party without attributedTo")
            if c["measure"] not in MEASURES: errors.append(f"{tag}: measure")
            if c["qualifier"] not in QUALS: errors.append(f"{tag}: qualifier")
            if c["kind"] not in KINDS: errors.append(f"{tag}: kind")
            if (c["high"] is not None) != (c["qualifier"] == "range"):
                errors.append(f"{tag}: high iff range violated")
            if c["high"] is not None and c["value"] is not None and c["high"] <= c["value"]:
                errors.append(f"{tag}: high <= value")
            g = dict(articleId=aid, force=c["force"], measure=c["measure"], value=c["value"], high=c["high"],
                     qualifier=c["qualifier"], location=c["location"], attributedTo=c["attributedTo"],
                     attributedParty=c["attributedParty"], attribution=c["attributedParty"], kind=c["kind"],
                     evidence=dict(sentence=sent, start=s, end=e), note=c["note"] or c["anchor"])
            if c["opt"]:
                g["optional"] = True; g["valueRange"] = list(c["opt"])
                if c["value"] is not None and not c["opt"][0] <= c["value"] <= c["opt"][1]:
                    errors.append(f"{tag}: value outside valueRange")
            else:
                if c["value"] is None: errors.append(f"{tag}: required claim without value")
                k = (c["force"], c["measure"], c["value"], c["high"])
                if k in keys: errors.append(f"{tag}: duplicate required key {k}")
                keys.add(k)
                out.append({x: g[x] for x in ("articleId", "force", "measure", "value", "high", "qualifier",
                            "location", "attributedTo", "attributedParty", "kind", "evidence")})
            gold.append(g)
    if len(articles) != 32: errors.append(f"{len(articles)} articles, want 32")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    for name, rows in (("articles.jsonl", articles), ("gold.jsonl", gold), ("gold-as-output.jsonl", out)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    score = "/work/shared/eval/score.py"
    r = subprocess.run([sys.executable, score, "--gold", "gold.jsonl", "--articles", "articles.jsonl", "--",
                        "cat", "gold-as-output.jsonl"], cwd=here, capture_output=True, text=True)
    last = r.stdout.strip().splitlines()[-1]
    print("self-check:", last)
    ok = last.startswith("F1 1.000") and " fp 0 fn 0" in last
    # a claim in each hard negative must count as a false positive
    sentinels = [g["articleId"] for g in gold if g.get("sentinel")]
    fake = [dict(articleId=s, force="USA", measure="deployed", value=1000, high=None, qualifier="exact")
            for s in sentinels]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
        for r_ in out + fake: t.write(json.dumps(r_) + "\n")
    r2 = subprocess.run([sys.executable, score, "--gold", "gold.jsonl", "--pred", t.name],
                        cwd=here, capture_output=True, text=True)
    last2 = r2.stdout.strip().splitlines()[-1]
    os.unlink(t.name)
    print(f"negative check ({len(sentinels)} fake claims in sentinel articles):", last2)
    ok = ok and f" fp {len(sentinels)} " in last2
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
