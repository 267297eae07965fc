"""Each command loads what it needs: the command line itself loads neither the ORM models,
nor rich, nor the readers' YAML, nor Alembic (a database at head is opened without it)."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_command_line_loads_no_models_tables_yaml_or_alembic():
    loaded = _loaded_after("import workbench.cli")
    for heavy in ("workbench.store.models", "sqlalchemy.orm", "rich", "yaml", "alembic", "textual",
                  "rapidfuzz", "workbench.analysis.pipeline"):
        assert heavy not in loaded, heavy
