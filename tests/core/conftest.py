from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.scratch import scratch_site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with scratch_site(tmp_path_factory.mktemp("site")) as env:
        yield env
