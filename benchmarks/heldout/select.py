import json, gzip, re, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2]))
def norm(t): return re.sub(r'[\W_]+','',t.lower())
dev={norm(json.loads(l)['title']) for l in open('../shared/gold/dev.jsonl')}
out=[]
skipped=[]
with gzip.open('../shared/corpus/external-80k.jsonl.gz','rt') as f:
    for i,l in enumerate(f):
        if i%3203==0:
            d=json.loads(l)
            if norm(d['title']) in dev: skipped.append(i); continue
            if len(out)<25: out.append({'src':'ext','idx':i,'title':d['title'],'abstract':d['abstract']})
print('ext skipped',skipped, 'n',len(out))
from extractors.readers import read_corpus
recs=list(read_corpus(['data/hf-daily-papers/']).records)
print(len(recs), type(recs[0]))
r0=recs[0]
def get(r,k): return r[k] if isinstance(r,dict) else getattr(r,k)
nd=[r for r in recs if norm(get(r,'title')) not in dev]
print('non-dev',len(nd))
sel=nd[::9][:15]
for r in sel: out.append({'src':'hf','title':get(r,'title'),'abstract':get(r,'abstract')})
json.dump(out,open('selected.json','w'),ensure_ascii=False,indent=0)
print(len(out))
