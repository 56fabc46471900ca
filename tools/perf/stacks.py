#!/usr/bin/env python3
# print caller chains (first K frames) of samples containing FRAME, for threads matching regex
import re, sys, collections
import jfrsamples
path, thread_re, frame, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
events = jfrsamples.read(path, with_lines=True)
c = collections.Counter()
for e in events:
    if not e['thread'] or not re.search(thread_re, e['thread']): continue
    idx = [i for i, f in enumerate(e['frames']) if frame in f]
    if idx:
        i = idx[-1]
        c[' <- '.join(e['frames'][i:i + k])] += 1
for s, n in c.most_common(12): print(n, s, '\n')
