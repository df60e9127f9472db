"""Nutrient snapshots as stored on diary entries: ``{field name: amount or None}``."""

from __future__ import annotations

from collections.abc import Mapping

from livewell.lib.nutrients import Nutrients


def nutrients_from(values: Mapping[str, float | None]) -> Nutrients:
    """A Nutrients from a snapshot; names we do not track are ignored, missing ones are unknown."""
    known: dict[str, float | None] = {name: values.get(name) for name in Nutrients.NAMES}
    return Nutrients(**known)  # type: ignore[arg-type]  # mypy folds the `incomplete` field into **kwargs


def snapshot_of(nutrients: Nutrients) -> dict[str, float | None]:
    return {name: (None if v is None else round(v, 4)) for name, v in nutrients.as_dict().items()}
