"""Daily sync: the upstream pipeline's day files (or a fork's, a mirror's, a local directory's) into the store.

`source` (where days come from), `state` (per-day state, run record and leases in the store), `sync` (the run),
`schedule` (the periodic run in `serve`). Entry points: `App.syncer` and `python -m assistant sync`; see
docs/sync.md. Nothing is imported here, so `assistant.settings` can be loaded without the sync machinery.
"""
