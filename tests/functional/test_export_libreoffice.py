"""The CSV opens in LibreOffice Calc: one row per claim, formula-like cells kept as text.

Runs only where ``libreoffice`` is installed (Debian: ``apt-get install libreoffice-calc``).
LibreOffice's headless CSV import assumes a legacy 8-bit charset unless told, so the
filter options name UTF-8 (76), as a person picks "Unicode (UTF-8)" in the import dialog.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import update

from workbench.export import write_export
from workbench.ingest.runner import ingest
from workbench.store import open_database
from workbench.store.models import Claim
from tests.conftest import SEED_ARTICLE

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
HYPERLINK = '=HYPERLINK("http://example.invalid","click")'
UTF8_CSV_IMPORT = "CSV:44,34,76,1"  # comma, double quote, UTF-8, from line 1

pytestmark = pytest.mark.skipif(LIBREOFFICE is None, reason="libreoffice is not installed")


def xlsx_text(path: Path) -> tuple[str, list[str]]:
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        shared = book.read("xl/sharedStrings.xml").decode("utf-8")
    strings = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", shared, re.S)]
    return sheet, strings


def test_csv_converts_to_xlsx_with_one_row_per_claim_and_no_formulas(tmp_path):
    db = open_database(str(tmp_path / "t.db"))
    assert ingest(db, [str(SEED_ARTICLE)]).ok
    with db.write() as session:
        first, second = session.query(Claim.id).order_by(Claim.id).limit(2).all()
        session.execute(update(Claim).where(Claim.id == first[0]).values(text=HYPERLINK, note="+44 20 7946 0000"))
        session.execute(update(Claim).where(Claim.id == second[0]).values(text="Zoë said “first line”\nsecond line 你好"))
    with db.session() as session:
        claims = session.query(Claim).count()
    csv_path = tmp_path / "review.csv"
    write_export(db, "csv", csv_path)

    subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         f"--infilter={UTF8_CSV_IMPORT}", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(csv_path)],
        check=True, capture_output=True, timeout=180,
    )
    sheet, strings = xlsx_text(tmp_path / "review.xlsx")
    assert len(re.findall(r"<row ", sheet)) == claims + 1  # the header, then one row per claim
    assert re.search(r"<f[ >]", sheet) is None  # nothing became a formula
    assert "&apos;=HYPERLINK(&quot;http://example.invalid&quot;,&quot;click&quot;)" in strings
    assert "&apos;+44 20 7946 0000" in strings
    assert "Zoë said “first line”&#10;second line 你好" in strings
