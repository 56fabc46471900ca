#!/usr/bin/env python3
"""Write README.md from stats.json (run build.py first)."""
import json
s = json.load(open("stats.json"))
def dist(d): return ", ".join(f"{k} {v}" for k, v in sorted(s[d].items(), key=lambda x: (-x[1], x[0])))
rows = "\n".join(f"| {t['id']} | {t['source']} | {t['conflict']} | {t['words']} | {t['required']} | "
                 f"{t['optional']}{' + sentinel' if t['sentinel'] else ''} |" for t in s["table"])
nk = sum(1 for t in s["table"] if t["conflict"].startswith("North Korean troops"))
README = f"""# blind5: a blind evaluation set for claim extraction (contract v2)

Forty invented English news articles about numbers of armed personnel, annotated under
`/work/shared/eval/CONTRACT.md` so that `/work/shared/eval/score.py` can score an extractor against them.

## How it was written

* Written blind. The only things read were `/work/shared/eval/CONTRACT.md`, `/work/shared/eval/score.py`
  and the list of group ids in the brief. No other gold set, article set, corpus or project code was opened.
* Every article, quote and figure is invented. The events are loosely modelled on the kinds of story that
  really get covered (the conflicts are real theatres), but no text was copied and the numbers are made up.
  Where a real office-holder would be the natural speaker, the text uses a title ("the IDF chief of
  staff", "Uganda's army chief") or an invented name, so that no invented quote is put in a real person's
  mouth. Real people appear only as background facts (who signed a deal, who is president).
* Registers: wire copy with datelines (Reuters, AP, AFP, Yonhap), regional outlets, a ministry/intelligence
  press release (DIU), a government press release (PIB India), translated state media (KCNA), translated
  regional press (El Tiempo, Milenio, Enab Baladi, ...), a live blog, and analysis pieces.
* Each article is 220-420 words (actual range {min(t['words'] for t in s['table'])}-{max(t['words'] for t in s['table'])}),
  with several speakers and many numbers that are not personnel claims (civilian tolls, displaced people,
  budgets, votes, equipment, percentages, ages, dates, police, graduates, medals).

## Files

| file | what |
|---|---|
| `articles.jsonl` | 40 articles `b5-01`..`b5-40` in the contract's input format (id, source, url null, publishedAt, title, text) |
| `gold.jsonl` | gold lines (required, optional and sentinel) |
| `gold-as-output.jsonl` | the required gold lines written as extractor output |
| `spec.py`, `arts1.py`..`arts4.py` | the article texts and claim specs (anchor phrase per claim) |
| `build.py` | builds the three jsonl files and `stats.json`; aborts on any failed check |
| `prove_sentinel.py` | proves how score.py treats sentinel and optional lines |
| `readme.py` | writes this README from `stats.json` |

Rebuild and self-check:

```sh
python3 build.py && python3 prove_sentinel.py && python3 readme.py
python3 /work/shared/eval/score.py --gold gold.jsonl --articles articles.jsonl -- cat gold-as-output.jsonl
# F1 1.000 P 1.000 R 1.000 tp {s['required']} fp 0 fn 0 | attribution 1.00 qualifier 1.00 location 1.00 kind 1.00
```

`build.py` checks: ids b5-01..b5-40; word counts; ISO-8601 UTC dates in 2024-2026; every anchor (or its
disambiguating context string) occurs exactly once in the text and lies inside one sentence; measure,
qualifier and kind from the contract's vocabularies; force and attributedParty from a closed list (ISO
alpha-3 codes used, NATO/EU/UN/AU, the brief's group ids, and the invented ids); `high` set iff qualifier is
`range` and `high > value`; optional lines carry a `valueRange` containing their value and required lines
never do; no two required claims of an article share (force, measure, value, high); negative articles have
no required line and positive articles at least one; evidence offsets round-trip
(`text[start:end]` is the anchor and lies in `evidence.sentence`). Offsets are Python code-point offsets;
the texts are ASCII apart from two accented letters in b5-33 (no characters outside the BMP), so they equal UTF-16 offsets.

## Gold format

One JSON object per line. Fields score.py reads: `articleId`, `force`, `measure`, `value`, `high`,
`optional`, `valueRange` (optional lines), `attribution` (the party code behind the claim; score.py reads
the gold's party from this field), `qualifier`, `location`, `kind`, `note`. Also present, as in the
contract's output table: `attributedTo`, `attributedParty` (same value as `attribution`), `evidence`
`{{sentence, start, end}}` with the offsets of the number's phrase.

## Counts

* articles: {s['articles']} ({s['articles'] - s['sentinels']} with claims, {s['sentinels']} hard negatives); {s['conflicts']} distinct conflicts/theatres; {nk} articles on North Korean troops in Russia/Kursk
* required claims: {s['required']}
* optional lines: {s['optional']} (not counting sentinels)
* sentinel lines: {s['sentinels']}

Distributions over the required claims:

* measures: {dist('measures')}
* kinds: {dist('kinds')}
* qualifiers: {dist('qualifiers')}
* forces: {dist('forces')}
* attributed parties: {dist('parties')}

## Articles

| id | source | conflict / theatre | words | required | optional |
|---|---|---|---|---|---|
{rows}

## Sentinel lines for the ten claim-free articles

score.py only scores articles that have at least one gold line (`articles = {{g["articleId"] for g in gold}}`);
predictions for any other article are ignored. A negative article therefore needs a gold line that is
never matched and never excuses anything. Each negative article gets:

```json
{{"articleId": "b5-31", "force": null, "measure": "none", "value": null, "high": null,
 "optional": true, "valueRange": [0, 0], "sentinel": true, "note": "..."}}
```

Being optional it adds no false negative; it only excuses a prediction whose force is null **and** whose
measure is the non-vocabulary `none` **and** whose value is 0, which no extractor emits. Any other scored
prediction in the article is counted as a false positive. `prove_sentinel.py` runs score.py on variants of
`gold-as-output.jsonl` and asserts: the empty output in all sentinel articles gives fp 0 fn 0 (F1 1.000
overall); one claim in a sentinel article gives fp 1; a null-force claim, a value-0 claim and one claim per
sentinel article (fp 10) are all caught; a value-null claim (a vague amount, unscored by the contract) is
not penalised; with the sentinel lines removed the same claim would be silently ignored (fp 0), which is
why they are needed. It also checks that an optional range excuses an in-range value and not an out-of-range
one, and that dropping a required claim is one false negative.

Caveat: every optional line must have a `valueRange`; score.py indexes `g["valueRange"]` when force and
measure match, and would crash on an optional line without one. All optional lines here have one.

## Annotation decisions

* **What is required.** Only numbers of armed personnel of an identifiable force that a careful analyst would
  want: soldiers, troops, fighters, reservists, servicemen, militants, members of an armed group
  (including cartel/gang "members" in b5-25, b5-26, b5-27). Everything genuinely debatable is an optional
  line with a narrow `valueRange`, usually the single stated value.
* **Optional, not required:** police (Kosovo police injured, Pakistani policemen killed, Haitian police
  strength, Jalisco police at World Cup matches); authorised strengths and ceilings (AUSSOM 11,826,
  MINUSCA 14,400, the Gang Suppression Force "up to 5,550"); soldiers "missing"; soldiers moving out
  (Burundians crossing home); subsets (13 colonels among the captured, 200 drone operators who finished a
  course, assault groups of 20 to 30, a 40-soldier convoy); implied figures ("cut by half", "a third
  North Korean soldier" captured); combined tolls over two groups (31 TTP+BLA militants: null force and
  each group); auxiliaries whose force code is unclear (Burkina's VDP, Nigeria's Civilian JTF: both the own
  id and the state); a joint exercise of two states (Zapad: RUS and BLR); a multinational mission that is
  neither UN peacekeeping nor a regional organisation (MSS/GSF in Haiti: UN and KEN); vague amounts
  ("a few hundred" 200-900, "several hundred" 200-900, "hundreds" 100-999, "thousands" 1,000-9,999,
  "a few thousand" 2,000-5,000, "tens of thousands" 10,000-99,999, "dozens"/"several dozen" 24-99).
* **Not claims at all** (as the brief specifies): graduating cadets (b5-39), medals and orders conferred (b5-03),
  civilian workers sent abroad (b5-06), families, voters, displaced people, crew of civilian vessels,
  equipment and ammunition counts.
* **Forces.** Wagner and Africa Corps are RUS; KFOR is NATO but a national contingent named as such inside
  it is its state (250 Turkish soldiers: TUR); UN peacekeepers (UNIFIL, UNMISS, MINUSCA, MINUSMA) are UN;
  AUSSOM is AU; SADC troops named as South African are ZAF; FARC dissident fronts are `farc`;
  invented ids for groups not on the list: `tnla`, `gran-grif`, `clan-del-golfo`, `3r`, and (optional
  lines only) `vdp`, `cjtf`. Kosovo has no ISO 3166 code; the conventional `XKX` is used (one attribution,
  one optional line).
* **Measures.** `captured` includes surrendered and arrested; `casualties` is used for "losses" and
  "killed and wounded"; exercise participants and troops "stationed", "remaining", "massed" are `deployed`.
* **Kinds.** Cumulative counts and standing strengths are `total`; single-event tolls and "another",
  "additional", "in the past day/48 hours/week" figures are `increment`; anything future is `planned`,
  including future increments ("will send 1,100 more", "a further 1,000 are due") and future totals
  ("will raise KFOR's strength to", "would bring the number to"); `recalled` only for a figure the article
  presents as earlier or superseded ("initially", "previously", "up from", "down from", "at its peak",
  "before the crisis"). A standing count merely reported from an earlier statement (Israel's Hezbollah
  toll "claimed in December") stays `total`.
* **Qualifiers.** about/around/some/roughly/an estimated/almost/nearly: `approx`; more than/at least/not
  less than: `at_least`; up to/as many as/fewer than/at most: `at_most`; any two-ended span is `range`
  even with "roughly" or "anywhere from" in front.
* **Attribution.** `attributedParty` is the speaker's side: a ministry, army, spokesman or state medium takes
  its state; a group's statement takes the group; KFOR is NATO; "UN experts" and the UN sanctions
  monitoring team are UN; anonymous sources whose side is stated ("two U.S. officials", "a military
  official" in an Israeli briefing, "a senior official at the presidency") take that side and keep the
  description in `attributedTo`; sources without a stated side (security sources, Western diplomats,
  analysts, a regional official), monitors and think tanks (SOHR, the Seoul institute) and the article's
  own voice are null.
* **Location** is where the personnel are, at the level the article gives (Kursk, Russia, El Fasher, ...).

## Doubts about the contract and how they were resolved

1. CONTRACT.md defines the output format but not the gold format. The gold uses the output fields plus
   score.py's own: `attribution` (party code, which score.py reads), `optional`, `valueRange`, `note`.
2. The contract says `attributedTo` is null for unnamed sources but gives "US officials" a party (USA),
   while also saying the party is null when `attributedTo` is null. Resolved: unnamed sources with a
   stated side get `attributedTo` = their description and the side as party; only the party is scored.
3. "planned" vs "increment" for future reinforcements and "planned" vs "total" for future totals: resolved
   as above (future wins).
4. Claim-free articles are invisible to score.py without a gold line: solved with sentinel lines, proven by
   `prove_sentinel.py`.
5. Force codes for auxiliaries, joint forces and non-UN multinational missions are not covered by the
   contract: such lines are optional with every reasonable code, rather than guessing one.
"""
open("README.md", "w").write(README)
print("README.md written")
