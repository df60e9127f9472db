"""Reading the official FoodData Central CSV downloads (a .zip or a folder), streaming.

Files are found by name anywhere in the folder or zip (USDA's zips put them in
a dated sub-folder); ``name.csv.gz`` is accepted for ``name.csv``.  Rows come
with their file name and line number so a bad row can be reported exactly.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tqdm import tqdm


class UnusableInput(Exception):
    """The input cannot be imported at all (missing file, not an FDC download)."""


@dataclass(frozen=True, slots=True)
class Member:
    label: str
    size: int
    opener: Callable[[], IO[bytes]]
    gzipped: bool


class Source:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, Member] = {}
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file():
                    self._add(file.name, file.stat().st_size, _file_opener(file))
        elif path.is_file():
            if not zipfile.is_zipfile(path):
                raise UnusableInput(f"{path} is neither a folder nor a .zip file of FoodData Central CSV files.")
            self._zip = zipfile.ZipFile(path)
            for info in self._zip.infolist():
                if not info.is_dir():
                    self._add(Path(info.filename).name, info.compress_size, _zip_opener(self._zip, info.filename))
        else:
            raise UnusableInput(f"{path} does not exist.")

    def _add(self, name: str, size: int, opener: Callable[[], IO[bytes]]) -> None:
        gzipped = name.endswith(".gz")
        key = name.removesuffix(".gz")
        if key not in self._members or not gzipped:
            self._members[key] = Member(label=name, size=size, opener=opener, gzipped=gzipped)

    def has(self, name: str) -> bool:
        return name in self._members

    def find(self, *names: str) -> str | None:
        return next((n for n in names if n in self._members), None)

    @contextmanager
    def rows(self, name: str, *, progress: bool = False) -> Iterator[Iterator[tuple[int, dict[str, str]]]]:
        """(line number, row) pairs of a CSV file with a header row."""
        member = self._members.get(name)
        if member is None:
            raise UnusableInput(f"{name} is missing from {self.path}.")
        raw = member.opener()
        bar: Any = None
        try:
            stream: Any = raw
            if progress:
                bar = tqdm(total=member.size, desc=member.label, unit="B", unit_scale=True, leave=False)
                stream = _Counting(raw, bar)
            if member.gzipped:
                stream = gzip.GzipFile(fileobj=stream)
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
            reader = csv.DictReader(text)
            if not reader.fieldnames:
                raise UnusableInput(f"{member.label} in {self.path} is empty.")
            yield ((reader.line_num, row) for row in reader)
        finally:
            if bar is not None:
                bar.close()
            raw.close()

    def header(self, name: str) -> list[str]:
        member = self._members.get(name)
        if member is None:
            raise UnusableInput(f"{name} is missing from {self.path}.")
        raw = member.opener()
        try:
            stream: Any = gzip.GzipFile(fileobj=raw) if member.gzipped else raw
            first = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="").readline()
        except (OSError, UnicodeDecodeError) as exc:
            raise UnusableInput(f"{member.label} in {self.path} cannot be read: {exc}") from exc
        finally:
            raw.close()
        return next(csv.reader([first]), [])

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


class _Counting(io.RawIOBase):
    """A byte stream that moves a progress bar as it is read."""

    def __init__(self, inner: IO[bytes], bar: Any) -> None:
        self.inner = inner
        self.bar = bar

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        buffer[: len(data)] = data
        self.bar.update(len(data))
        return len(data)


def _file_opener(file: Path) -> Callable[[], IO[bytes]]:
    return lambda: file.open("rb")


def _zip_opener(archive: zipfile.ZipFile, name: str) -> Callable[[], IO[bytes]]:
    return lambda: archive.open(name)


def number(value: str | None) -> float | None:
    """A float from a CSV cell ("" -> None); raises ValueError for text that is not a number."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    result = float(value)
    if result != result or result in (float("inf"), float("-inf")):
        raise ValueError(f"{value!r} is not a finite number")
    return result


def integer(value: str | None) -> int:
    """An id from a CSV cell; pandas-saved files write ids as "70.0"."""
    if value is None or not value.strip():
        raise ValueError("missing id")
    text = value.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return int(text)
