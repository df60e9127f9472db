"""livewell: a self-hosted health companion."""
