from __future__ import annotations

from pathlib import Path

import pytest

from livewell.lib.env import EnvError, env_bool, env_choice, env_int, env_list, env_str


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("TRUE", True), ("on", True), ("no", False), ("0", False)])
def test_env_bool_reads_common_spellings(raw: str, expected: bool) -> None:
    assert env_bool("DEBUG", False, {"DEBUG": raw}) is expected


def test_env_bool_rejects_typos_with_the_variable_name() -> None:
    with pytest.raises(EnvError, match="DEBUG must be one of"):
        env_bool("DEBUG", False, {"DEBUG": "ture"})


def test_env_int_checks_type_and_bounds() -> None:
    assert env_int("N", 5, environ={}) == 5
    assert env_int("N", 5, environ={"N": " 12 "}) == 12
    with pytest.raises(EnvError, match="N must be a whole number"):
        env_int("N", 5, environ={"N": "twelve"})
    with pytest.raises(EnvError, match="at least 1"):
        env_int("N", 5, minimum=1, environ={"N": "0"})
    with pytest.raises(EnvError, match="at most 10"):
        env_int("N", 5, maximum=10, environ={"N": "11"})


def test_env_list_and_str_and_choice() -> None:
    assert env_list("HOSTS", ["a"], {"HOSTS": "x.org, y.org,"}) == ["x.org", "y.org"]
    assert env_list("HOSTS", ["a"], {}) == ["a"]
    assert env_str("NAME", "d", {"NAME": ""}) == "d"
    with pytest.raises(EnvError, match="must be one of a, b"):
        env_choice("C", "a", frozenset({"a", "b"}), {"C": "z"})


def test_secret_can_come_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "key"
    secret.write_text("s3cret\n")
    assert env_str("SECRET_KEY", "", {"SECRET_KEY_FILE": str(secret)}) == "s3cret"
    with pytest.raises(EnvError, match="SECRET_KEY_FILE: cannot read"):
        env_str("SECRET_KEY", "", {"SECRET_KEY_FILE": str(tmp_path / "missing")})
