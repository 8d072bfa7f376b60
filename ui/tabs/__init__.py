"""One module per tab: a `*Tab` class whose methods are the handlers (they take the shared `App`, hold no
per-user state) and a `build` that lays the tab out and wires its events."""
