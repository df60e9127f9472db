"""Run the back-pain treatment guide on a JSON object of answers and print the result as JSON.

    python manage.py backpain_guide --input answers.json
    echo '{"age": 72, "sex": "female", "duration": "acute", "pain": 8}' | python manage.py backpain_guide --input -

Exit codes: 0 success, 2 invalid input (the message names the field).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from livewell.backpain.domain.engine import evaluate
from livewell.backpain.domain.inputs import FIELDS, GuideInputError, parse_guide_input


class Command(BaseCommand):
    help = "Run the back-pain treatment guide on a JSON object of answers; print the result as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--input",
            required=True,
            metavar="FILE",
            help=f"JSON file with the answers, or - for standard input. Fields: {', '.join(sorted(FIELDS))}.",
        )
        parser.add_argument("--indent", type=int, default=2, help="Indent the JSON output (0 for one line).")

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["input"]
        try:
            text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"input: cannot read {source}: {error.strerror}", returncode=2) from error
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise CommandError(f"input: not valid JSON ({error.msg} at line {error.lineno})", returncode=2) from error
        try:
            result = evaluate(parse_guide_input(data))
        except GuideInputError as error:
            raise CommandError(f"{error.field}: {error.message}", returncode=2) from error
        indent = options["indent"] or None
        self.stdout.write(json.dumps(result.as_dict(), indent=indent, ensure_ascii=False))
