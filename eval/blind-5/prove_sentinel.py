#!/usr/bin/env python3
"""Prove how score.py treats the sentinel lines of the ten claim-free articles (and optional lines).
Runs score.py --pred on variants of gold-as-output.jsonl and asserts the counts."""
import json, subprocess, tempfile, os

SCORE = "/work/shared/eval/score.py"
gold = [json.loads(l) for l in open("gold.jsonl")]
base = [json.loads(l) for l in open("gold-as-output.jsonl")]
sentinel_ids = [g["articleId"] for g in gold if g.get("sentinel")]

def score(preds, gold_path="gold.jsonl"):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in preds:
            f.write(json.dumps(p) + "\n")
    out = subprocess.run(["python3", SCORE, "--gold", gold_path, "--pred", f.name, "--json"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    os.unlink(f.name)
    return json.loads(out[0])

def claim(art, force, measure, value, high=None):
    return {"articleId": art, "force": force, "measure": measure, "value": value, "high": high,
            "qualifier": "exact", "kind": "total", "attributedTo": None, "attributedParty": None}

checks = []
def check(name, figs, **want):
    ok = all(figs[k] == v for k, v in want.items())
    checks.append(ok)
    print(("PASS" if ok else "FAIL"), name, {k: figs[k] for k in ("tp", "fp", "fn", "f1")})

# 1. the gold as output (nothing predicted in the sentinel articles): not penalised
check("empty output in all 10 sentinel articles", score(base), tp=len(base), fp=0, fn=0, f1=1.0)
# 2. one claim in a sentinel article is a false positive (b5-34: the 23 people killed in Kyiv)
check("one claim in sentinel article b5-34", score(base + [claim("b5-34", "UKR", "killed", 23)]), fp=1, fn=0)
# 3. a claim with a null force in a sentinel article is still a false positive (measure 'none' never matches)
check("null-force claim in sentinel article b5-39", score(base + [claim("b5-39", None, "deployed", 451)]), fp=1)
# 4. a value 0 claim does not slip through the [0,0] range unless force is null AND measure is 'none'
check("value-0 claim in sentinel article b5-35", score(base + [claim("b5-35", "NATO", "deployed", 0)]), fp=1)
# 5. a claim in every sentinel article: ten false positives
check("one claim in each sentinel article", score(base + [claim(a, "USA", "deployed", 100) for a in sentinel_ids]), fp=10)
# 6. a vague claim with value null (not scored by the contract) in a sentinel article: no penalty
check("value-null claim in sentinel article b5-31", score(base + [claim("b5-31", "PRK", "deployed", None)]), fp=0)
# 7. sentinel articles only, empty output: no fn, no fp (F1 is 0.0 only because nothing is countable at all)
sent_only = "sentinels-only.tmp.jsonl"
with open(sent_only, "w") as f:
    for g in gold:
        if g.get("sentinel"):
            f.write(json.dumps(g) + "\n")
check("sentinel-only gold, empty output", score([], sent_only), tp=0, fp=0, fn=0)
check("sentinel-only gold, one claim", score([claim("b5-36", "ECU", "killed", 31)], sent_only), fp=1)
os.unlink(sent_only)
# 8. optional lines: in range excused, out of range a false positive (b5-04 'A few thousand': PRK deployed 2000-5000)
check("optional in range (b5-04 PRK deployed 3000)", score(base + [claim("b5-04", "PRK", "deployed", 3000)]), fp=0)
check("optional out of range (b5-04 PRK deployed 7000)", score(base + [claim("b5-04", "PRK", "deployed", 7000)]), fp=1)
# 9. dropping a required claim is a false negative
check("one required claim dropped", score(base[1:]), fn=1, fp=0)
# 10. why the sentinel lines are needed: without them score.py ignores predictions for articles without gold
no_sent = "no-sentinels.tmp.jsonl"
with open(no_sent, "w") as f:
    for g in gold:
        if not g.get("sentinel"):
            f.write(json.dumps(g) + "\n")
check("same claim, gold WITHOUT sentinels: ignored", score(base + [claim("b5-34", "UKR", "killed", 23)], no_sent), fp=0)
os.unlink(no_sent)
print("all checks passed" if all(checks) else "SOME CHECKS FAILED")
raise SystemExit(0 if all(checks) else 1)
