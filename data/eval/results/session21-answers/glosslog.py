"""cwd = checkout; args as replay.py: prints the questions whose prompt gets a respectively gloss."""
import os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, os.path.join(os.getcwd(), "data/eval/results"))
import assistant.chains.answer as A
orig, plan = A.gloss_respective, A._plan
cur = [""]
def p(query, *a, **k):
    cur[0] = query
    return plan(query, *a, **k)
def g(s, lang):
    out = orig(s, lang)
    if out != s:
        print("GLOSS", cur[0][:90], "||", out[len(s):][:200], file=sys.stderr)
    return out
A.gloss_respective, A._plan = g, p
import replay
replay.main()
