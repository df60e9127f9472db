"""Signals other apps (badges, notifications) listen to.

Each is sent after the transaction that saved the row commits, with
``sender`` the model class and keyword arguments ``user`` and ``entry``;
``diary_imported`` is sent once per import that saved rows, with counts
instead of entries.
"""

from __future__ import annotations

from django.dispatch import Signal

food_logged = Signal()  # sender=DiaryEntry, user=User, entry=DiaryEntry
exercise_logged = Signal()  # sender=ExerciseEntry, user=User, entry=ExerciseEntry
weight_logged = Signal()  # sender=WeightEntry, user=User, entry=WeightEntry
diary_imported = Signal()  # sender=None, user=User, foods=int, exercise=int, weights=int
