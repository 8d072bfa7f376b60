"""-ivity loose matches at 191b4e7 vs main: cd CODE && PYTHONPATH=. python ivity.py"""
import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest.lexical import _loose_match
from assistant.chains.digest.vocabulary import _latin_stems
cases = [("LLM productivity", "we study LLM product recommendations"),
         ("LLM productivity", "LLMs in production systems"),
         ("productivity", "a productive discussion"),
         ("brain connectivity", "brain regions are connected"),
         ("network connectivity", "a connection between network nodes"),
         ("human activity", "active learning with human labels"),
         ("human activity", "human actions"),
         ("model sensitivity", "sensitive data in the model"),
         ("thermal conductivity", "thermal conduction"),
         ("reactivity", "reactive agents"),
         ("creativity", "a creative writing benchmark"),
         ("selectivity", "selective attention"),
         ("LLM interactivity", "interactive LLM agents"),
         ("connectivity", "connect")]
for phrase, text in cases:
    print(f"{_loose_match(phrase, _latin_stems(text))!s:5} {phrase!r:24} <- {text!r}   stems={sorted(s for s in _latin_stems(text))[:12]}")
