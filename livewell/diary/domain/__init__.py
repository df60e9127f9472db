"""Pure-Python maths for the diary (no Django): exercise energy, weight trend, budget, streaks."""
