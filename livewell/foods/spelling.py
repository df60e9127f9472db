"""Typo tolerance: correct a query word to the nearest word the food index knows (pure Python).

A symmetric-delete index (the idea behind SymSpell): every vocabulary word is
stored under each string obtained by deleting up to ``max_edits`` characters;
a query word's own deletions then meet its neighbours in a few dictionary
look-ups, and the true Damerau-Levenshtein distance decides among them.
Short words get fewer edits so "pea" never turns into "tea".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def _deletes(word: str, edits: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w)) if len(w) > 1}
        found |= frontier
    return found


def allowed_edits(word: str) -> int:
    if len(word) <= 3:
        return 0
    if len(word) <= 5:
        return 1
    return 2


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (edits, with adjacent swaps counting one)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


class Speller:
    def __init__(self, vocabulary: Iterable[tuple[str, int]], max_edits: int = 2) -> None:
        self.frequency: dict[str, int] = {}
        self.index: dict[str, list[str]] = defaultdict(list)
        self.max_edits = max_edits
        for word, count in vocabulary:
            if len(word) < 3 or word.isdigit():
                continue
            self.frequency[word] = self.frequency.get(word, 0) + count
        for word in self.frequency:
            for deleted in _deletes(word, min(max_edits, allowed_edits(word))):
                self.index[deleted].append(word)

    def __contains__(self, word: str) -> bool:
        return word in self.frequency

    def correct(self, word: str) -> str | None:
        """The closest known word within the allowed edits (most frequent on a tie), or None."""
        if word in self.frequency:
            return word
        edits = min(self.max_edits, allowed_edits(word))
        if edits == 0:
            return None
        best: tuple[int, int, str] | None = None
        for deleted in _deletes(word, edits):
            for candidate in self.index.get(deleted, ()):
                d = distance(word, candidate)
                if d > max(edits, allowed_edits(candidate)) or d > edits:
                    continue
                key = (d, -self.frequency[candidate], candidate)
                if best is None or key < best:
                    best = key
        return None if best is None else best[2]
