"""Nutrient snapshots as stored on diary entries: ``{field name: amount or None}``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from livewell.lib.nutrients import Nutrients


def nutrients_from(values: Mapping[str, float | None]) -> Nutrients:
    """A Nutrients from a snapshot; names we do not track are ignored, missing ones are unknown."""
    known: dict[str, float | None] = {name: values.get(name) for name in Nutrients.NAMES}
    return Nutrients(**known)  # type: ignore[arg-type]  # mypy folds the `incomplete` field into **kwargs


def snapshot_of(nutrients: Nutrients) -> dict[str, float | None]:
    return {name: (None if v is None else round(v, 4)) for name, v in nutrients.as_dict().items()}


def sum_snapshots(snapshots: Iterable[Mapping[str, float | None]]) -> Nutrients:
    """The same as adding up ``nutrients_from`` of each snapshot, without building one
    Nutrients per entry (the day page adds up to hundreds).  A field known for some
    snapshots but not others is summed over the known ones and listed in ``incomplete``."""
    totals: dict[str, float | None] = dict.fromkeys(Nutrients.NAMES)
    known_in: dict[str, int] = dict.fromkeys(Nutrients.NAMES, 0)
    count = 0
    for snapshot in snapshots:
        count += 1
        for name in Nutrients.NAMES:
            value = snapshot.get(name)
            if value is not None:
                current = totals[name]
                totals[name] = value if current is None else current + value
                known_in[name] += 1
    if count == 0:
        return Nutrients.zero()
    incomplete = frozenset(n for n in Nutrients.NAMES if 0 < known_in[n] < count)
    result = nutrients_from(totals)
    return replace(result, incomplete=incomplete) if incomplete else result
