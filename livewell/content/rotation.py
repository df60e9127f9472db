"""Video of the Day rotation: which of a centre's videos shows on a given day.

Pure Python (no Django) so the rule can be tested on its own.  The rotation is
deterministic: the same day always gives the same video, consecutive days step
through the list in order, and every video gets its turn once per cycle.
"""

from __future__ import annotations

from datetime import date


def rotation_index(day: date, count: int) -> int:
    """Index (0-based) of the video to show on ``day`` among ``count`` videos.

    Days are counted from the proleptic Gregorian ordinal, so the choice does not
    depend on the server's clock or on when the videos were added.
    """
    if count < 1:
        raise ValueError("A rotation needs at least one video.")
    return day.toordinal() % count
