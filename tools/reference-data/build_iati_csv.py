#!/usr/bin/env python3
"""Writes src/main/resources/reference/iati-codes.csv from the IATI Standard 2.03 codelists.

Usage, from the repository root:

    python3 tools/reference-data/build_iati_csv.py ../shared/data

The argument is the shared data folder that contains iati/codelists/ (default ../shared/data).
Python 3 standard library only; the output is deterministic (codelists in the order below,
items in the order of their file). IATI Standard content is CC BY 4.0:
"IATI Standard, iatistandard.org" (Development Initiatives on behalf of the IATI Secretariat).
"""
import csv
import io
import pathlib
import sys
import xml.etree.ElementTree as ET

CODELISTS = ["OrganisationRole", "ActivityStatus", "ActivityDateType", "TransactionType", "BudgetType",
             "BudgetStatus", "SectorCategory", "Sector", "Currency", "UNSDG-Goals", "UNSDG-Targets"]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def narrative(item, language):
    name = item.find("name")
    if name is None:
        return ""
    for n in name.findall("narrative"):
        lang = n.get(XML_LANG)
        if (language == "en" and lang in (None, "en")) or lang == language:
            return " ".join((n.text or "").split())
    return ""


def rows(folder, codelist):
    root = ET.parse(folder / f"{codelist}.xml").getroot()
    for item in root.iter("codelist-item"):
        category = item.findtext("category") or ""
        yield [codelist, item.findtext("code").strip(), narrative(item, "en"), narrative(item, "fr"),
               category.strip(), item.get("status", "active")]


def main():
    shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    folder = shared / "iati" / "codelists"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["codelist", "code", "name_en", "name_fr", "category", "status"])
    counts = {}
    for codelist in CODELISTS:
        for row in rows(folder, codelist):
            writer.writerow(row)
            counts[codelist] = counts.get(codelist, 0) + 1
    target = pathlib.Path("src/main/resources/reference/iati-codes.csv")
    target.write_bytes(out.getvalue().encode("utf-8"))
    for codelist in CODELISTS:
        print(f"{codelist}: {counts[codelist]}")


if __name__ == "__main__":
    main()
