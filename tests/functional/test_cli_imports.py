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


def test_suggest_on_a_sqlite_file_at_head_loads_no_sqlalchemy(tmp_path):  # type: ignore[no-untyped-def]
    """`suggest` reads a SQLite file at head through plain sqlite3: SQLAlchemy's import
    would cost more than the suggestion itself."""
    from tests.conftest import SEED_ARTICLE

    db = tmp_path / "w.db"
    env_code = (
        "import os; os.environ['WORKBENCH_CONFIG'] = '/nonexistent/workbench.toml'\n"
        "from workbench.cli import main\n"
    )
    ingest = env_code + f"main(['--db', {str(db)!r}, 'ingest', {str(SEED_ARTICLE)!r}], standalone_mode=False)"
    subprocess.run([sys.executable, "-c", ingest], capture_output=True, text=True, check=True)
    suggest = env_code + f"main(['--db', {str(db)!r}, 'suggest', '1', '--json'], standalone_mode=False)"
    loaded = _loaded_after(suggest)
    assert "rapidfuzz" in loaded  # the suggestion did run
    assert not {name for name in loaded if name.split(".")[0] in ("sqlalchemy", "alembic")}
