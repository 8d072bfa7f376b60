import json,sys
a=json.load(open(sys.argv[1]));b=json.load(open(sys.argv[2]))
strip=lambda x:{k:v for k,v in x.items() if k not in ('seconds','timings','when','load','head')}
ia={(x['id'],x['max_papers']):strip(x) for x in a['items']}; ib={(x['id'],x['max_papers']):strip(x) for x in b['items']}
diff=[k for k in ia if ia[k]!=ib.get(k)]
print(len(ia),len(ib),'differ:',len(diff),diff[:20])
