from __future__ import annotations

import subprocess
import sys


def test_domain_modules_never_import_django() -> None:
    code = (
        "import sys\n"
        "import livewell.backpain.domain.engine, livewell.backpain.domain.pain\n"
        "print(any(name == 'django' or name.startswith('django.') for name in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
