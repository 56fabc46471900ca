#!/usr/bin/env python3
# inclusive share (of all thread samples) of each direct callee of FRAME
import re, sys, collections
import jfrsamples
path, thread_re, frame = sys.argv[1], sys.argv[2], sys.argv[3]
events = jfrsamples.read(path)
sel = [e for e in events if e['thread'] and re.search(thread_re, e['thread'])]
c = collections.Counter(); tot = 0
for e in sel:
    fr = e['frames']
    idx = [i for i, f in enumerate(fr) if f.endswith(frame)]
    if not idx: continue
    tot += 1; i = idx[-1]
    c[fr[i-1] if i > 0 else '(self)'] += 1
print(f'{frame}: {100*tot/len(sel):.1f}% of {len(sel)}')
for f, n in c.most_common(15): print(f'  {100*n/len(sel):5.1f}%  {f}')
