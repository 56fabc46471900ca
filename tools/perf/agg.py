#!/usr/bin/env python3
"""Aggregate `jfr print --events jdk.ExecutionSample --stack-depth 60` output:
inclusive share of frames for one thread (regex), plus self (top-frame) share.
usage: agg.py FILE THREAD_REGEX [N] [--list-threads] [--group]"""
import re, sys, collections
import jfrsamples
path, thread_re = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3].isdigit() else 40
events = jfrsamples.read(path)
threads = collections.Counter(e['thread'] for e in events)
if '--list-threads' in sys.argv:
    for t, c in threads.most_common(30): print(c, t)
    sys.exit()
sel = [e for e in events if e['thread'] and re.search(thread_re, e['thread'])]
total = len(sel)
incl, self_ = collections.Counter(), collections.Counter()
for e in sel:
    for f in set(e['frames']): incl[f] += 1
    if e['frames']: self_[e['frames'][0]] += 1
print(f'{total} samples of threads matching {thread_re!r}')
print('--- inclusive')
for f, c in incl.most_common(n): print(f'{100*c/total:5.1f}%  {c:5d}  {f}')
print('--- self (top frame)')
for f, c in self_.most_common(25): print(f'{100*c/total:5.1f}%  {c:5d}  {f}')
