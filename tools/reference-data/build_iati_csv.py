#!/usr/bin/env python3
"""Build the IATI reference CSV files from the shared copy of the IATI codelists.

Usage (from the repository root):

    python3 tools/reference-data/build_iati_csv.py ../shared/data

The argument is the shared data folder (the one that contains ``iati/``). It
defaults to ``../shared/data`` relative to the repository root. The output goes
to ``src/main/resources/reference/``:

* ``iati-currencies.csv``  the Currency codelist (ISO 4217): code, English name, withdrawn
* ``iati-codes.csv``       the codelists projects use: codelist, code, names, category, status

IATI Standard, iatistandard.org: (c) Development Initiatives on behalf of the
IATI Secretariat, CC BY 4.0. Python 3.11 standard library only; the output is
deterministic (codelists in a fixed order, items in file order).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = REPO_ROOT / "src" / "main" / "resources" / "reference"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

CURRENCY_COLUMNS = ["code", "name_en", "withdrawn"]
CODE_COLUMNS = ["codelist", "code", "name_en", "name_fr", "category", "status"]

# The codelists of plan section 3.1, in the order the file lists them.
CODELISTS = ["OrganisationRole", "Sector", "SectorCategory", "Currency", "ActivityStatus", "TransactionType",
             "BudgetType", "BudgetStatus", "ActivityDateType", "UNSDG-Goals", "UNSDG-Targets", "AidType",
             "FinanceType", "FlowType"]


def narrative(item: ET.Element, lang: str | None) -> str:
    name = item.find("name")
    if name is None:
        return ""
    for n in name.findall("narrative"):
        if n.get(XML_LANG) == lang:
            return " ".join((n.text or "").split())
    return ""


def items(codelists: Path, codelist: str) -> list[ET.Element]:
    return ET.parse(codelists / f"{codelist}.xml").getroot().findall("./codelist-items/codelist-item")


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(REPO_ROOT.parent / "shared" / "data"))
    codelists = Path(parser.parse_args().shared) / "iati" / "codelists"

    currencies = [{"code": i.findtext("code").strip(), "name_en": narrative(i, None),
                   "withdrawn": "true" if i.get("status") == "withdrawn" else "false"}
                  for i in items(codelists, "Currency")]
    codes = []
    for codelist in CODELISTS:
        for i in items(codelists, codelist):
            codes.append({"codelist": codelist, "code": i.findtext("code").strip(),
                          "name_en": narrative(i, None), "name_fr": narrative(i, "fr"),
                          "category": (i.findtext("category") or "").strip(),
                          "status": i.get("status") or "active"})

    problems = []
    if len({c["code"] for c in currencies}) != len(currencies):
        problems.append("duplicate currency codes")
    if any(not c["name_en"] for c in currencies):
        problems.append("a currency without an English name")
    if len({(c["codelist"], c["code"]) for c in codes}) != len(codes):
        problems.append("duplicate (codelist, code)")
    if problems:
        print("FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1

    write_csv(OUT_DIR / "iati-currencies.csv", CURRENCY_COLUMNS, currencies)
    write_csv(OUT_DIR / "iati-codes.csv", CODE_COLUMNS, codes)
    print(f"iati-currencies.csv: {len(currencies)} rows "
          f"({sum(c['withdrawn'] == 'true' for c in currencies)} withdrawn)")
    for codelist in CODELISTS:
        print(f"iati-codes.csv {codelist}: {sum(c['codelist'] == codelist for c in codes)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
