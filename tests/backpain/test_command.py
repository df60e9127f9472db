from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> dict[str, object]:
    out = io.StringIO()
    call_command("backpain_guide", *argv, stdout=out)
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def test_guide_reads_a_file_and_prints_the_contract(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"age": 72, "sex": "female", "duration": "acute", "pain": 8, "known_op": True}))

    result = run(["--input", str(answers)])

    assert result["urgent"] is False
    assert result["red_flags"] == []
    recommendations = result["recommendations"]
    assert isinstance(recommendations, list)
    assert {"id", "title", "strength", "sources"} <= set(recommendations[0])
    assert "M-CALCIT" in result["discuss"]  # type: ignore[operator]  # a list from JSON


def test_guide_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "sys.stdin", io.StringIO('{"age": 68, "sex": "female", "duration": "acute", "pain": 6, "red_flags": ["fever"]}')
    )
    result = run(["--input", "-"])

    assert result["urgent"] is True
    assert result["red_flags"] == ["RF-INF"]


@pytest.mark.parametrize(
    ("text", "field"),
    [('{"age": 70, "sex": "female", "duration": "acute", "pain": 12}', "pain"), ("{not json", "input")],
)
def test_invalid_input_exits_with_2_naming_the_field(monkeypatch: pytest.MonkeyPatch, text: str, field: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    with pytest.raises(CommandError) as caught:
        call_command("backpain_guide", "--input", "-", stdout=io.StringIO())
    assert caught.value.returncode == 2
    assert str(caught.value).startswith(f"{field}:")
