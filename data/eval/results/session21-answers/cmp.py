import json,sys
def load(p):
    d=json.load(open(p)); it=d['items'] if 'items' in d else d['answers']['items']; return {i['id']:i for i in it}
a,b=load(sys.argv[1]),load(sys.argv[2])
for k in a:
    if k in b and (a[k]['correct']!=b[k]['correct'] or a[k]['answer']!=b[k]['answer']):
        print(k, a[k]['correct'],'->',b[k]['correct'])
        if '-v' in sys.argv: print('   A:',a[k]['answer'][:400]); print('   B:',b[k]['answer'][:400])
