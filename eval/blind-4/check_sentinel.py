#!/usr/bin/env python3
"""Verify sentinel lines: predictions in no-claim articles become fp, the sentinel itself is never fn."""
import json, subprocess, tempfile
gold = [json.loads(l) for l in open("gold.jsonl")]
sent = [g["articleId"] for g in gold if g.get("sentinel")]
preds = [{"articleId": a, "force": "XXX", "measure": "deployed", "value": 100 + i, "high": None,
          "qualifier": "exact"} for i, a in enumerate(sent)]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for p in preds:
        f.write(json.dumps(p) + "\n")
out = subprocess.run(["python3", "/work/shared/eval/score.py", "--gold", "gold.jsonl", "--pred", f.name],
                     capture_output=True, text=True).stdout.strip().splitlines()[-1]
req = sum(1 for g in gold if not g.get("optional"))
print(out)
assert f"tp 0 fp {len(sent)} fn {req}" in out, "sentinel lines do not behave as expected"
# nothing predicted at all: fn must equal required lines only (sentinels never fn)
open(f.name, "w").close()
out = subprocess.run(["python3", "/work/shared/eval/score.py", "--gold", "gold.jsonl", "--pred", f.name],
                     capture_output=True, text=True).stdout.strip().splitlines()[-1]
print(out)
assert f"fn {req}" in out
print(f"ok: {len(sent)} sentinel articles, each prediction there is an fp; sentinels never count as fn")
