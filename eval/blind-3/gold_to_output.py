#!/usr/bin/env python3
"""Adapter for the self-check: turns gold.jsonl into extractor-style output (one claim a line, the
contract's output fields) on stdout. Reads (and ignores) the articles on stdin, like an extractor would.
Sentinel lines are dropped; optional lines are kept (score.py ignores them: null values are not scored,
and numeric ones fall inside their own valueRange)."""
import json, sys
gold = sys.argv[1] if len(sys.argv) > 1 else "eval/blind-3/gold.jsonl"
if not sys.stdin.isatty():
    sys.stdin.read()
FIELDS = ("articleId", "force", "measure", "value", "high", "qualifier", "location",
          "attributedTo", "attributedParty", "kind", "evidence")
for line in open(gold, encoding="utf-8"):
    g = json.loads(line)
    if g.get("sentinel"):
        continue
    print(json.dumps({f: g.get(f) for f in FIELDS}, ensure_ascii=False))
