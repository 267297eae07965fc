"""Every command explains itself with --help."""

from __future__ import annotations

import click
from click.testing import CliRunner

from workbench.cli import main


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        path = (*prefix, name)
        found.append(path)
        if isinstance(command, click.Group):
            found += all_commands(command, path)
    return found


def test_every_command_has_helpful_help():
    runner = CliRunner()
    commands = all_commands(main)
    assert {("ingest",), ("review",), ("label",), ("db", "upgrade")} <= set(commands)
    for path in commands:
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Usage:" in result.output
        summary = result.output.split("\n\n")[1].strip()
        assert len(summary) > 15, f"{' '.join(path)} --help says too little"
