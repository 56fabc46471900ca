#!/usr/bin/env python3
"""Replays every judged precision claim against the extractor as it is now.

A guide between judged rounds, not a precision figure: a claim judged right is "kept" when
extract still emits it with the same force, measure and value; a claim judged wrong is "fixed"
when its judgement's "force should be X" / "measure should be Y" now holds, or "gone" when it is
no longer emitted ("gone-ok" when it was judged no claim at all).

    mvn -q -B package -DskipTests
    python3 eval/precision/replay.py [-v]      # from the repository root, ../shared beside it
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPORA = os.path.join(ROOT, "..", "shared", "corpora")
ROUNDS = [("sample.jsonl", "judgements.jsonl"), ("sample-2.jsonl", "judgements-2.jsonl"),
          ("sample-3.jsonl", "judgements-3.jsonl"), ("sample-4.jsonl", "judgements-4.jsonl"),
          ("sample-5.jsonl", "judgements-5.jsonl"), ("sample-6.jsonl", "judgements-6.jsonl"),
          ("sample-7.jsonl", "judgements-7.jsonl"),
          ("sample-8.jsonl", "judgements-8.jsonl"), ("sample-9.jsonl", "judgements-9.jsonl"),
          ("sample-10.jsonl", "judgements-10.jsonl")]


def extract_all():
    jar = os.path.join(ROOT, "target", "claimwatch.jar")
    texts = b"".join(open(f, "rb").read() for f in sorted(glob.glob(os.path.join(CORPORA, "*.jsonl"))))
    out = subprocess.run(["java", "-jar", jar, "extract"], input=texts, capture_output=True, check=True).stdout
    by_article = {}
    for line in out.decode("utf-8").splitlines():
        c = json.loads(line)
        by_article.setdefault(c["articleId"], []).append(c)
    return by_article


def verdict(judged, sample, now):
    same_value = [c for c in now.get(sample["articleId"], []) if c.get("value") == sample["value"]]
    same = [c for c in same_value if c.get("force") == sample["force"] and c.get("measure") == sample["measure"]]
    why = judged.get("why") or ""
    if judged["right"]:
        return "right-kept" if same else "right-changed" if same_value else "right-lost"
    if same:
        return "wrong-kept"
    if not same_value:
        return "wrong-gone-ok" if why.startswith("not a claim") else "wrong-gone"
    force = re.search(r"force should be (\S+?)[,:;)]?(\s|$)", why)
    measure = re.search(r"measure should be (\w+)", why)
    wanted = None if force is None or force.group(1) == "null" else force.group(1)
    c = same_value[0]
    fixed = (force or measure) and (not force or c.get("force") == wanted) \
        and (not measure or c.get("measure") == measure.group(1))
    return "wrong-fixed" if fixed else "wrong-changed"


def main():
    now = extract_all()
    counts, changed = {}, []
    for n, (sample_file, judged_file) in enumerate(ROUNDS, 1):
        samples = {s["n"]: s for s in map(json.loads, open(os.path.join(HERE, sample_file)))}
        for judged in map(json.loads, open(os.path.join(HERE, judged_file))):
            v = verdict(judged, samples[judged["n"]], now)
            counts[v] = counts.get(v, 0) + 1
            if v not in ("right-kept", "wrong-kept"):
                changed.append((n, judged["n"], v, judged.get("why")))
    print(json.dumps(counts, sort_keys=True))
    good = counts.get("right-kept", 0) + counts.get("wrong-fixed", 0) + counts.get("wrong-gone-ok", 0)
    print(f"judged {sum(counts.values())}, now right, fixed or rightly gone: {good}")
    if "-v" in sys.argv:
        for row in changed:
            print(*row)


if __name__ == "__main__":
    main()
