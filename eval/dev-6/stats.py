#!/usr/bin/env python3
"""Print the counts and distributions used in README.md."""
import json
from collections import Counter
import build
CONFLICT = {
 "d6-01": "Russia-Ukraine (Ukrainian General Staff losses)", "d6-02": "Russia-Ukraine (Russian MoD summary)",
 "d6-03": "North Korean troops in Russia", "d6-04": "Israel-Gaza (IDF release)", "d6-05": "Lebanon / Hezbollah / UNIFIL",
 "d6-06": "Taiwan Strait drills (negative)", "d6-07": "Sudan, El Fasher", "d6-08": "DR Congo, M23 / Rwanda / SAMIDRC",
 "d6-09": "Pakistan, North Waziristan (ISPR)", "d6-10": "Nigeria, NE and NW (DHQ)", "d6-11": "Mali, JNIM / Africa Corps",
 "d6-12": "North Korea weapons test (KCNA, negative)", "d6-13": "Somalia, al-Shabaab / AUSSOM", "d6-14": "Yemen, Marib / Red Sea",
 "d6-15": "Syria, Sweida (SANA) / SDF", "d6-16": "Myanmar, Rakhine", "d6-17": "Gaza humanitarian toll (negative)",
 "d6-18": "Ethiopia, Amhara / Fano", "d6-19": "Colombia, Catatumbo / ELN", "d6-20": "Mexico, Sinaloa / US border",
 "d6-21": "Haiti, gangs / GSF", "d6-22": "Kashmir, LoC", "d6-23": "Indian Military Academy parade (negative)",
 "d6-24": "Philippines, Balikatan exercise", "d6-25": "Lithuania, German brigade / NATO", "d6-26": "Iraq, ISIS / Peshmerga / US",
 "d6-27": "Afghanistan, ISIS-K estimates (analysis)", "d6-28": "Poland defence budget (negative)", "d6-29": "Burkina Faso, Djibo",
 "d6-30": "South Sudan, Nasir / Uganda / UNMISS", "d6-31": "Iraq election (negative)", "d6-32": "Cameroon, Anglophone regions",
 "d6-33": "Pakistan, Balochistan train siege", "d6-34": "Australia, US Marines in Darwin", "d6-35": "Iran army exercise (IRNA)",
 "d6-36": "Ukraine-Russia civilian exchange (negative)", "d6-37": "Russia-Ukraine live blog / Poland / North Korea",
 "d6-38": "Russia-Ukraine casualty estimates (analysis)", "d6-39": "Armenia-Azerbaijan peace deal (negative)",
 "d6-40": "Central African Republic (feature)",
}
arts = [json.loads(l) for l in open("articles.jsonl")]
gold = [json.loads(l) for l in open("gold.jsonl")]
req = [g for g in gold if not g.get("optional")]
opt = [g for g in gold if g.get("optional") and not g.get("sentinel")]
print("articles", len(arts), "required", len(req), "optional", len(opt),
      "sentinel", sum(1 for g in gold if g.get("sentinel")))
for f in ("measure", "kind", "qualifier", "force"):
    print(f, dict(Counter(g[f] for g in req).most_common()))
print("attributedParty", dict(Counter(g["attributedParty"] for g in req).most_common()))
print()
print("| id | source | conflict / theatre | words | required | optional |")
print("|---|---|---|---|---|---|")
conf = CONFLICT
for a in arts:
    r = sum(1 for g in req if g["articleId"] == a["id"])
    o = sum(1 for g in opt if g["articleId"] == a["id"])
    neg = any(g.get("sentinel") and g["articleId"] == a["id"] for g in gold)
    print(f"| {a['id']} | {a['source']} | {conf[a['id']]} | {len(a['text'].split())} | "
          f"{'0 (hard negative)' if neg else r} | {o} |")
