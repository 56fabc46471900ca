#!/usr/bin/env python3
"""Print the articles of the development gold (gold.jsonl) as JSON Lines, read from ../shared/corpora.

The texts are not kept in this repository (their licences ask for credit, and the corpora README
asks that they stay in shared/); only their ids are. Usage, from the repository root:

    python3 eval/dev/articles.py > target/dev-articles.jsonl
    python3 ../shared/eval/score.py --gold eval/dev/gold.jsonl --articles target/dev-articles.jsonl \
        -- java -jar target/claimwatch.jar extract
"""
import json
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
corpora = here.parents[1] / ".." / "shared" / "corpora"
wanted = {json.loads(line)["articleId"] for line in open(here / "gold.jsonl", encoding="utf-8") if line.strip()}
found = set()
for path in sorted(corpora.glob("*.jsonl")):
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        if article["id"] in wanted and article["id"] not in found:
            found.add(article["id"])
            sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")
missing = wanted - found
if missing:
    sys.exit(f"{len(missing)} gold articles not found in {corpora}: {sorted(missing)[:5]}")
