"""Hypothesis generates the inputs issue 15 was attacked with (nesting, aliases, huge numbers,
encodings, non-regular files) and feeds them to ``ingest`` and ``source add``: every one is
stored or refused in one line naming it; never a traceback, never a hang."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.ingest.readers import Limits, ReadProblem, read_file

GOOD = "The council said on Monday that the bridge would close for repairs in May."
LIMITS = Limits(input_bytes=256 * 1024, article_bytes=64 * 1024)


@st.composite
def nested_json(draw) -> str:  # type: ignore[no-untyped-def]
    depth = draw(st.integers(min_value=0, max_value=5000))
    opening, closing = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
    return json.dumps({"text": GOOD})[:-1] + ', "x": ' + opening * depth + "1" + closing * depth + "}"


@st.composite
def huge_number(draw) -> str:  # type: ignore[no-untyped-def]
    digits = draw(st.integers(min_value=1, max_value=6000))
    sign = draw(st.sampled_from(["", "-"]))
    tail = draw(st.sampled_from(["", ".5", "e999", "e-999", "E+400"]))
    field = draw(st.sampled_from(["url", "title", "n", "published"]))
    return json.dumps({"text": GOOD})[:-1] + f', "{field}": {sign}{"9" * digits}{tail}' + "}"


constants = st.sampled_from(["NaN", "Infinity", "-Infinity"]).map(
    lambda c: json.dumps({"text": GOOD})[:-1] + f', "url": {c}' + "}"
)


@st.composite
def yaml_front_matter(draw) -> str:  # type: ignore[no-untyped-def]
    kind = draw(st.sampled_from(["laughs", "deep-flow", "deep-block", "alias", "plain"]))
    if kind == "laughs":
        levels = draw(st.integers(min_value=1, max_value=12))
        lines = ['a0: &a0 ["lol"]'] + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
        meta = "\n".join(lines) + f"\npublished: *a{levels - 1}"
    elif kind == "deep-flow":
        depth = draw(st.integers(min_value=1, max_value=30_000))
        meta = "title: " + "[" * depth + "]" * depth
    elif kind == "deep-block":
        depth = draw(st.integers(min_value=1, max_value=200))
        meta = "\n".join("  " * i + f"k{i}:" for i in range(depth)) + " x"
    elif kind == "alias":
        meta = "who: &w Jane\nauthor: *w"
    else:
        meta = draw(st.sampled_from(["title: Bridge closes", "published: 2021-08-25", "url: .inf", "outlet: .nan",
                                     "published: [1, 2]", "title: {a: b}"]))
    return f"---\n{meta}\n---\n{GOOD}\n"


encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"])
records = st.one_of(nested_json(), huge_number(), constants)


def _check(items: list, path: Path) -> None:  # type: ignore[type-arg]
    for item in items:
        if isinstance(item, ReadProblem):
            assert "\n" not in str(item) and str(item).startswith(str(path)), item


@settings(max_examples=60, deadline=None)
@given(records, encodings)
def test_generated_feed_lines_are_read_or_refused_in_one_line(tmp_path_factory, record, encoding):
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    good = json.dumps({"text": GOOD})
    path.write_bytes((good + "\n" + record + "\n").encode(encoding, errors="replace"))
    items = list(read_file(path, LIMITS))
    _check(items, path)
    if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"):  # a BOM, or bytes that are UTF-8
        assert any(not isinstance(i, ReadProblem) for i in items), items


@settings(max_examples=60, deadline=None)
@given(yaml_front_matter(), encodings)
def test_generated_front_matter_is_read_or_refused_in_one_line(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("md") / "story.md"
    path.write_bytes(text.encode(encoding, errors="replace"))
    items = list(read_file(path, LIMITS))
    assert len(items) == 1
    _check(items, path)


non_regular = st.sampled_from(["fifo", "dev-zero", "dev-null", "folder", "dangling", "unreadable"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(records, yaml_front_matter(), non_regular), min_size=1, max_size=4))
def test_generated_inputs_through_ingest_and_source_add(cli, db_path, tmp_path_factory, inputs):
    folder = tmp_path_factory.mktemp("inputs")
    paths = [str(folder / "good.txt")]
    (folder / "good.txt").write_text(f"Bridge closes\n{GOOD}\n", encoding="utf-8")
    for number, item in enumerate(inputs):
        path = folder / f"in{number}.{'jsonl' if item.startswith('{') else 'md'}"
        if item == "fifo":
            os.mkfifo(path)
        elif item in ("dev-zero", "dev-null"):
            path.symlink_to(f"/dev/{item[4:]}")
        elif item == "folder":
            path.mkdir()
        elif item == "dangling":
            path.symlink_to(folder / "nowhere")
        elif item == "unreadable":
            path.write_text(GOOD)
            path.chmod(0)
        else:
            path.write_text(item, encoding="utf-8")
        paths.append(str(path))
    result = cli("ingest", "--jobs", "1", "--max-size", "0.25", "--max-article-size", "0.0625", *paths)
    assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
    for line in result.output.splitlines():
        assert not line.startswith("error:") or any(p in line for p in paths), line
    for path in paths[1:]:
        added = cli("source", "add", "--max-size", "0.25", path)
        assert added.exit_code in (0, 1) and "Traceback" not in added.output, added.output
