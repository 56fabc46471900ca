"""Segments a dedup store opens in each article task of `claimwatch bench --corpus DIR`: the distinct
segment ids (publication time / interval) of the articles each of the 3 partitions gets (Kafka's default
partitioner: murmur2 of the key), for the corpus as RealCorpus.repeated lays it out.

    python3 tools/perf/segments/boundaries.py [/work/shared/corpora] [interval days, 15]
"""
import json,glob,sys,datetime as dt
def murmur2(data):
    length=len(data); seed=0x9747b28c; m=0x5bd1e995; r=24
    h=(seed^length)&0xffffffff
    l4=length//4
    for i in range(l4):
        i4=i*4
        k=(data[i4]&0xff)+((data[i4+1]&0xff)<<8)+((data[i4+2]&0xff)<<16)+((data[i4+3]&0xff)<<24)
        k=(k*m)&0xffffffff; k^=k>>r; k=(k*m)&0xffffffff
        h=(h*m)&0xffffffff; h^=k
    rem=length%4; b=l4*4
    if rem==3: h^=(data[b+2]&0xff)<<16
    if rem>=2: h^=(data[b+1]&0xff)<<8
    if rem>=1:
        h^=data[b]&0xff; h=(h*m)&0xffffffff
    h^=h>>13; h=(h*m)&0xffffffff; h^=h>>15
    return h
def part(key,n=3):
    return (murmur2(key.encode())&0x7fffffff)%n
texts=[]
for f in sorted(glob.glob((sys.argv[1] if len(sys.argv)>1 else '/work/shared/corpora')+'/*.jsonl')):
    for line in open(f):
        if not line.strip(): continue
        o=json.loads(line)
        if isinstance(o.get('publishedAt'),str) and isinstance(o.get('text'),str) and isinstance(o.get('id'),str):
            t=dt.datetime.fromisoformat(o['publishedAt'].replace('Z','+00:00')).timestamp()*1000
            texts.append((t,o['id']))
texts.sort()
P=420*86400000; S=(int(sys.argv[2]) if len(sys.argv)>2 else 15)*86400000
def count(n):
    passes=max(1,-(-n//len(texts)))
    order=sorted([(t-p*P,i if p==0 else i+'~p%d'%p) for p in range(passes) for t,i in texts])[:n]
    span=(order[-1][0]-order[0][0])/86400000/365.25
    per=[set() for _ in range(3)]
    for t,i in order: per[part(i)].add(int(t//S))
    return passes,span,[len(s) for s in per]
print("texts",len(texts), dt.datetime.fromtimestamp(texts[0][0]/1000, dt.timezone.utc), dt.datetime.fromtimestamp(texts[-1][0]/1000, dt.timezone.utc), "interval", S//86400000, "days")
print("articles (passes, years spanned, [segments in partition 0, 1, 2])")
for n in (len(texts),8000,20000):
    print(n, count(n))
