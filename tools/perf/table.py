import re, sys, collections
rows = [('extraction (ClaimExtractor.extract)', ['claimwatch.extract.ClaimExtractor.extract']),
        ('producing records (RecordCollectorImpl.send, serialisers included)', ['org.apache.kafka.streams.processor.internals.RecordCollectorImpl.send']),
        ('article parsing (ArticleParser.parse)', ['claimwatch.ingest.ArticleParser.parse']),
        ('  of it OffsetDateTime.parse', ['java.time.OffsetDateTime.parse']),
        ('MinHash (minhashOfNormal / signatureOfNormal)', ['claimwatch.dedup.Fingerprints.minhashOfNormal', 'claimwatch.dedup.Fingerprints.signatureOfNormal']),
        ('Fingerprints.normalise', ['claimwatch.dedup.Fingerprints.normalise']),
        ('Fingerprints.contentHashOfNormal', ['claimwatch.dedup.Fingerprints.contentHashOfNormal']),
        ('Avro encode (AvroSerde.encode)', ['claimwatch.avro.AvroSerde.encode']),
        ('Avro decode (AvroSerde.decode)', ['claimwatch.avro.AvroSerde.decode']),
        ('JSON serialising of output records (JsonSerde)', ['claimwatch.topology.JsonSerde.lambda$serializer$0']),
        ('window-store puts (MeteredWindowStore.put)', ['org.apache.kafka.streams.state.internals.MeteredWindowStore.put']),
        ('HashMap$TreeNode.getTreeNode (self; in extract.PhraseTable)', None)]
def load(path, tre):
    ev, cur = [], None
    for l in open(path, encoding='utf-8', errors='replace'):
        if l.startswith('jdk.ExecutionSample'): cur = {'t': None, 'f': []}; ev.append(cur); continue
        if cur is None: continue
        m = re.match(r'\s+sampledThread = "(.*)" \(javaThreadId', l)
        if m: cur['t'] = m.group(1); continue
        m = re.match(r'^\s+([\w$.<>/]+)\(.*\)\s+line:', l)
        if m: cur['f'].append(m.group(1))
    return [e for e in ev if e['t'] and re.search(tre, e['t'])]
T = r'^bench-\w+-full-[0-9a-f-]+-StreamThread-1$'
files = sys.argv[1:]
data = [load(f, T) for f in files]
print('| where | ' + ' | '.join(f'{f} ({len(d)} samples)' for f, d in zip(files, data)) + ' |')
for name, frames in rows:
    cells = []
    for d in data:
        if frames is None: n = sum(1 for e in d if e['f'] and e['f'][0] == 'java.util.HashMap$TreeNode.getTreeNode')
        else: n = sum(1 for e in d if any(fr in e['f'] for fr in frames))
        cells.append(f'{100*n/len(d):.1f} %')
    print(f'| {name} | ' + ' | '.join(cells) + ' |')
