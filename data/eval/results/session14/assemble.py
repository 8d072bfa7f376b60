"""Assemble the all-216 figures at ced3ffa and at c29527f from live chunks + replays (see session14/README.md)."""
import json, glob, statistics, sys
Q = {json.loads(l)['id']: json.loads(l) for l in open('/tmp/h11/wt/data/eval/questions.jsonl', encoding='utf-8') if '"question"' in l}
def chunks(d):
    out = {}
    for f in sorted(glob.glob(d + '/chunks/[0-9][0-9].json')):
        for i in json.load(open(f))['items']: out[i['id']] = (i, f.split('/')[-1])
    return out
def load(p):
    d = json.load(open(p)); return {i['id']: i for i in (d['answers']['items'] if 'answers' in d else d['items'])}
base_live = {k: v[0] for k, v in chunks('/tmp/h11/run-ced3ffa').items()}
placeholders = set(open('/tmp/h11/run-c29527f/placeholders.txt').read().split())
fix_all = chunks('/tmp/h11/run-c29527f')
fix_live = {k: i for k, (i, f) in fix_all.items() if f not in placeholders}
fix_live.update({k: i for k, (i, f) in chunks('/tmp/h11/run-c29527f-rest').items()})
affected = {i['id']: i for i in json.load(open('/tmp/h11/run-c29527f-affected/chunks/00.json'))['items']}
rep_fix96 = load('/tmp/h11/replay-live96-fix.json')   # ced3ffa live raws -> fix code
rep_base_rest = {k: v for p in sys.argv[1:] for k, v in load(p).items()}  # fix live raws -> ced3ffa code
rep_base_old = load('/tmp/h11/replay-all-base.json')  # s12/h9 raws -> ced3ffa code
compare_fix = set(json.load(open('/tmp/h11/tables-fix.json')))
compare_base = set(json.load(open('/tmp/h11/tables-base.json')))
def after_compare(k, cmp):
    a = Q[k].get('after'); return a is not None and (a in cmp or after_compare(a, cmp))
base, fix, how_base, how_fix = {}, {}, {}, {}
for k in Q:
    # ced3ffa
    if k in base_live: base[k], how_base[k] = base_live[k], 'live'
    elif k in compare_base or after_compare(k, compare_base) or Q[k].get('turns'):
        if k in fix_live and k not in ('c-memory',): base[k], how_base[k] = fix_live[k], 'live at fix (same table and synthesis prompt)'
    elif k in ('h4-c-labels-aerial', 'h9-c-diffnet-cifake-fusion', 'h9-c-ebod-leryolo-problem'):
        base[k], how_base[k] = rep_base_old[k], 'replay of the earlier recorded raw (lookup route)'
    elif k in rep_base_rest: base[k], how_base[k] = rep_base_rest[k], 'replay of the fix-live raw'
    # fix
    if k in affected: fix[k], how_fix[k] = affected[k], 'live (affected re-run)'
    elif k in fix_live: fix[k], how_fix[k] = fix_live[k], 'live'
    elif k in base_live:
        if k in compare_fix or after_compare(k, compare_fix) or Q[k].get('turns'): fix[k], how_fix[k] = base_live[k], 'live at ced3ffa (table, prompt unchanged)'
        else: fix[k], how_fix[k] = rep_fix96[k], 'replay of the ced3ffa-live raw'
def summary(d, name):
    ans = [i for i in d.values() if not i['unanswerable']]; un = [i for i in d.values() if i['unanswerable']]
    fab = sum((len(i['fabricated_citations']) if isinstance(i.get('fabricated_citations'), list) else (i.get('fabricated_citations') or 0)) for i in d.values())
    print(f"{name}: {len(d)} questions; answerable {sum(i['correct'] for i in ans)}/{len(ans)}, refusal {sum(i['correct'] for i in un)}/{len(un)}, "
          f"wrong numbers {sum(1 for i in d.values() if i.get('wrong_numbers'))}, fabricated {fab}, false refusals {sum(1 for i in ans if i['refused'])}")
    for pre in ['h9-', 'shared']:
        sub = [i for k, i in d.items() if (k.startswith(pre) if pre != 'shared' else not k.startswith('h'))]
        a = [i for i in sub if not i['unanswerable']]; u = [i for i in sub if i['unanswerable']]
        print(f"   {pre}: answerable {sum(i['correct'] for i in a)}/{len(a)} refusal {sum(i['correct'] for i in u)}/{len(u)}")
    print('   wrong:', ' '.join(k for k, i in d.items() if not i['correct']))
summary(base, 'ced3ffa'); summary(fix, 'c29527f')
live = [i for i in list(base_live.values()) + list(fix_live.values()) if i.get('first_token_ms')]
print('live timing (both codes):', len(live), 'first token p50 %.1f s total p50 %.1f s prompt p50 %s' % (
    statistics.median(i['first_token_ms'] for i in live) / 1000, statistics.median(i['total_ms'] for i in live) / 1000,
    statistics.median(i['prompt_tokens'] for i in live if i.get('prompt_tokens'))))
s12 = load('/work/main/data/eval/results/session12/eval-report.json'); h9 = load('/work/main/data/eval/results/session13-blind/eval-report.json')
for name, d in (('ced3ffa', base), ('c29527f', fix)):
    ch = [f"{k} ({'s12' if k in s12 else 'h9 blind'} {'right' if (s12.get(k) or h9.get(k))['correct'] else 'wrong'} -> {'right' if i['correct'] else 'wrong'})"
          for k, i in d.items() if (s12.get(k) or h9.get(k)) and bool((s12.get(k) or h9.get(k))['correct']) != bool(i['correct'])]
    print(name, 'vs session 12 / h9 blind:', '; '.join(ch))
missing_b = [k for k in Q if k not in base]; missing_f = [k for k in Q if k not in fix]
print('not yet covered: ced3ffa', len(missing_b), 'fix', len(missing_f))
json.dump({'ced3ffa': {k: {'correct': i['correct'], 'how': how_base[k]} for k, i in base.items()},
           'c29527f': {k: {'correct': i['correct'], 'how': how_fix[k]} for k, i in fix.items()}},
          open('/tmp/h11/assembled.json', 'w'), indent=1)
