"""Reads the output of `jfr print --events jdk.ExecutionSample --stack-depth N` into samples:
one dict a sample, {'thread': name, 'frames': [innermost first]}. Shared by agg.py, children.py
and stacks.py."""
import re

THREAD = re.compile(r'\s+sampledThread = "(.*)" \(javaThreadId')
METHOD = re.compile(r'^\s+([\w$.<>/]+)\(.*\)\s+line:')
METHOD_AND_LINE = re.compile(r'^\s+([\w$.<>/]+\(.*\))\s+line: (\d+)')


def read(path, with_lines=False):
    """The samples in `path`; each frame is the method's name, or with_lines its signature and line."""
    events, cur = [], None
    for line in open(path, encoding='utf-8', errors='replace'):
        if line.startswith('jdk.ExecutionSample'):
            cur = {'thread': None, 'frames': []}
            events.append(cur)
            continue
        if cur is None:
            continue
        m = THREAD.match(line)
        if m:
            cur['thread'] = m.group(1)
            continue
        m = (METHOD_AND_LINE if with_lines else METHOD).match(line)
        if m:
            cur['frames'].append(m.group(1) + ':' + m.group(2) if with_lines else m.group(1))
    return events
