"""Framework-free helpers shared by the livewell apps (no Django imports here)."""
