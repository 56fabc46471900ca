#!/usr/bin/env python3
# print caller chains (first K frames) of samples containing FRAME, for threads matching regex
import re, sys, collections
path, thread_re, frame, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
events, cur = [], None
for line in open(path, encoding='utf-8', errors='replace'):
    if line.startswith('jdk.ExecutionSample'):
        cur = {'thread': None, 'frames': []}; events.append(cur); continue
    if cur is None: continue
    m = re.match(r'\s+sampledThread = "(.*)" \(javaThreadId', line)
    if m: cur['thread'] = m.group(1); continue
    m = re.match(r'^\s+([\w$.<>/]+\(.*\))\s+line: (\d+)', line)
    if m: cur['frames'].append(m.group(1) + ':' + m.group(2))
c = collections.Counter()
for e in events:
    if not e['thread'] or not re.search(thread_re, e['thread']): continue
    idx = [i for i, f in enumerate(e['frames']) if frame in f]
    if idx:
        i = idx[-1]
        c[' <- '.join(e['frames'][i:i + k])] += 1
for s, n in c.most_common(12): print(n, s, '\n')
