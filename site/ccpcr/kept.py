"""What a process works out once and keeps: a dict of at most `most` entries, emptied when full.

For values that never go stale under their key (a rendition's HTML, a page's address, a query's SQL) and
keys anyone can multiply (a crawler reads every page once, anyone may type any query): starting again
costs a few recomputations, where growing without end would cost the memory. Each read and write is one dict
operation, safe between a process's threads; read a value into a local name, as a clear may come between.
"""


class Kept(dict):
    def __init__(self, most):
        super().__init__()
        self.most = most

    def keep(self, key, value):
        """Keep `value` under `key` and return it, first starting again when full."""
        if len(self) >= self.most:
            self.clear()
        self[key] = value
        return value
