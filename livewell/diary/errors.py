from __future__ import annotations


class DiaryError(ValueError):
    """A diary change that cannot be made; the message is shown to the member as is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
