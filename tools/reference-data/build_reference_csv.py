#!/usr/bin/env python3
"""Build the hoptac reference CSV files from the shared administrative-unit data.

Usage (from the repository root):

    python3 tools/reference-data/build_reference_csv.py ../shared/data

The argument is the shared data folder (the one that contains ``admin-units/``).
It defaults to ``../shared/data`` relative to the repository root. The output
goes to ``src/main/resources/reference/`` of this repository:

* ``localities.csv``             Vietnamese and South Korean administrative units
* ``locality-successions.csv``   predecessor -> successor links
* ``public-holidays-vn.csv``     Vietnamese public holidays 2020-2030

Python 3.11 standard library only. The output is deterministic (fixed sort
orders, no timestamps), so running the script twice gives identical files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import math
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = REPO_ROOT / "src" / "main" / "resources" / "reference"

LOCALITY_COLUMNS = ["code", "country", "level", "parent_code", "name_vi", "name_en", "name_ko",
                    "name_native", "valid_from", "valid_to", "source"]
SUCCESSION_COLUMNS = ["predecessor_code", "successor_code", "effective_on", "kind", "source"]
HOLIDAY_COLUMNS = ["date", "name_vi", "name_en", "name_ko", "source"]

# ---------------------------------------------------------------------------
# Source attributions
# ---------------------------------------------------------------------------
SRC_VN_CURRENT = "thanglequoc/vietnamese-provinces-database v4.2.0 (MIT)"
SRC_VN_LEGACY = "thanglequoc/vietnamese-provinces-database v2.4.1 (MIT)"
SRC_VN_MAPPING = "dvhcvn/20250701 mapping (MIT)"
SRC_VN_SUCCESSION = "dvhcvn/20250701 mapping (MIT); Resolution 202/2025/QH15"
SRC_KR = "KOSTAT SGIS 2018 via southkorea/southkorea-maps (KOGL Type 1)"

VN_REFORM_DATE = "2025-07-01"
VN_LEGACY_END = "2025-06-30"
GUNWI_MOVE_DATE = "2023-07-01"
GUNWI_OLD_END = "2023-06-30"

# Korean names of the 34 current Vietnamese provincial units, transcribed by the
# National Institute of Korean Language rules for Vietnamese (the forms used by
# Korean-language encyclopaedias and the press).
VN_NAME_KO = {
    "01": "하노이", "04": "까오방", "08": "뚜옌꽝", "11": "디엔비엔", "12": "라이쩌우",
    "14": "선라", "15": "라오까이", "19": "타이응우옌", "20": "랑선", "22": "꽝닌",
    "24": "박닌", "25": "푸토", "31": "하이퐁", "33": "흥옌", "37": "닌빈",
    "38": "타인호아", "40": "응에안", "42": "하띤", "44": "꽝찌", "46": "후에",
    "48": "다낭", "51": "꽝응아이", "52": "자라이", "56": "카인호아", "66": "닥락",
    "68": "럼동", "75": "동나이", "79": "호찌민", "80": "떠이닌", "82": "동탑",
    "86": "빈롱", "91": "안장", "92": "껀터", "96": "까마우",
}

# South Korea: first-tier units. KOSTAT code -> (level, name_ko, name_en, name_vi, note)
# name_ko/name_en are the current official names; the note records 2018 names
# that differ.
KR_PROVINCES = {
    "11": ("SPECIAL_CITY", "서울특별시", "Seoul", "Seoul", ""),
    "21": ("METROPOLITAN_CITY", "부산광역시", "Busan", "Busan", ""),
    "22": ("METROPOLITAN_CITY", "대구광역시", "Daegu", "Daegu", ""),
    "23": ("METROPOLITAN_CITY", "인천광역시", "Incheon", "Incheon", ""),
    "24": ("METROPOLITAN_CITY", "광주광역시", "Gwangju", "Gwangju", ""),
    "25": ("METROPOLITAN_CITY", "대전광역시", "Daejeon", "Daejeon", ""),
    "26": ("METROPOLITAN_CITY", "울산광역시", "Ulsan", "Ulsan", ""),
    "29": ("SPECIAL_SELF_GOVERNING_CITY", "세종특별자치시", "Sejong", "Sejong",
           "KOSTAT English name 'Sejongsi' normalised"),
    "31": ("PROVINCE", "경기도", "Gyeonggi-do", "Gyeonggi", ""),
    "32": ("SPECIAL_SELF_GOVERNING_PROVINCE", "강원특별자치도", "Gangwon State", "Gangwon",
           "2018 name 강원도 / Gangwon-do; renamed 강원특별자치도 2023-06-11"),
    "33": ("PROVINCE", "충청북도", "Chungcheongbuk-do", "Chungcheongbuk", ""),
    "34": ("PROVINCE", "충청남도", "Chungcheongnam-do", "Chungcheongnam", ""),
    "35": ("SPECIAL_SELF_GOVERNING_PROVINCE", "전북특별자치도", "Jeonbuk State", "Jeonbuk",
           "2018 name 전라북도 / Jeollabuk-do; renamed 전북특별자치도 2024-01-18"),
    "36": ("PROVINCE", "전라남도", "Jeollanam-do", "Jeollanam", ""),
    "37": ("PROVINCE", "경상북도", "Gyeongsangbuk-do", "Gyeongsangbuk", ""),
    "38": ("PROVINCE", "경상남도", "Gyeongsangnam-do", "Gyeongsangnam", ""),
    "39": ("SPECIAL_SELF_GOVERNING_PROVINCE", "제주특별자치도", "Jeju-do", "Jeju", ""),
}

# English names of the autonomous cities whose 2018 records are split into
# non-autonomous gu (collapsed to "first 4 digits + 0").
KR_COLLAPSED_CITY_EN = {
    "3101": "Suwon-si", "3102": "Seongnam-si", "3104": "Anyang-si", "3109": "Ansan-si",
    "3110": "Goyang-si", "3119": "Yongin-si", "3304": "Cheongju-si", "3401": "Cheonan-si",
    "3501": "Jeonju-si", "3701": "Pohang-si", "3811": "Changwon-si",
}

# Corrections of upstream KOSTAT 2018 romanisations (code -> (name_ko, name_en, note)).
KR_NAME_FIXES = {
    # Upstream error: 철원군 carries the English name of 공주시.
    "32360": (None, "Cheorwon-gun", "upstream English name 'Gongju-si' corrected"),
    "31250": (None, "Gwangju-si", "upstream English name 'Gwangju' corrected"),
    # Renamed 2018-07-01 (Incheon Nam-gu -> Michuhol-gu); the 2018 census file keeps the old name.
    "23030": ("미추홀구", "Michuhol-gu", "2018 name 남구 / Nam-gu; renamed 미추홀구 2018-07-01"),
}

KR_MUNI_LEVEL = {"시": "CITY", "군": "COUNTY", "구": "DISTRICT"}
KR_SUFFIX_EN = {"CITY": "-si", "COUNTY": "-gun", "DISTRICT": "-gu"}


# ---------------------------------------------------------------------------
# Lunar calendar (Ho Ngoc Duc's algorithm, https://www.informatik.uni-leipzig.de/~duc/amlich/)
# New moons and solar terms are computed for Vietnam time (UTC+7).
# ---------------------------------------------------------------------------
VN_TZ = 7.0


def jd_from_date(d: int, m: int, y: int) -> int:
    a = (14 - m) // 12
    y2 = y + 4800 - a
    m2 = m + 12 * a - 3
    jd = d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045
    if jd < 2299161:
        jd = d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - 32083
    return jd


def date_from_jd(jd: int) -> dt.date:
    return dt.date.fromordinal(jd - 1721425)


def new_moon(k: int) -> float:
    """Julian day (UT) of the k-th new moon after 1900-01-01 (Meeus-based approximation)."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltat


def sun_longitude(jdn: float) -> float:
    """Sun's apparent longitude in radians at Julian day jdn (UT)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    return lon - math.pi * 2 * math.floor(lon / (math.pi * 2))


def new_moon_day(k: int, tz: float = VN_TZ) -> int:
    return int(math.floor(new_moon(k) + 0.5 + tz / 24))


def sun_sector(jdn: int, tz: float = VN_TZ) -> int:
    """Index 0..11 of the 30-degree sector of the sun's longitude at local midnight starting day jdn."""
    return int(math.floor(sun_longitude(jdn - 0.5 - tz / 24) / math.pi * 6))


def lunar_month11(yy: int, tz: float = VN_TZ) -> int:
    off = jd_from_date(31, 12, yy) - 2415021
    k = int(math.floor(off / 29.530588853))
    nm = new_moon_day(k, tz)
    if sun_sector(nm, tz) >= 9:
        nm = new_moon_day(k - 1, tz)
    return nm


def leap_month_offset(a11: int, tz: float = VN_TZ) -> int:
    k = int(math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5))
    i = 1
    arc = sun_sector(new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = sun_sector(new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            break
    return i - 1


def solar_to_lunar(day: dt.date, tz: float = VN_TZ) -> tuple[int, int, int, bool]:
    """Return (lunar_day, lunar_month, lunar_year, is_leap_month)."""
    day_number = jd_from_date(day.day, day.month, day.year)
    k = int(math.floor((day_number - 2415021.076998695) / 29.530588853))
    month_start = new_moon_day(k + 1, tz)
    if month_start > day_number:
        month_start = new_moon_day(k, tz)
    a11 = lunar_month11(day.year, tz)
    b11 = a11
    if a11 >= month_start:
        lunar_year = day.year
        a11 = lunar_month11(day.year - 1, tz)
    else:
        lunar_year = day.year + 1
        b11 = lunar_month11(day.year + 1, tz)
    lunar_day = day_number - month_start + 1
    diff = (month_start - a11) // 29
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = leap_month_offset(a11, tz)
        if diff >= leap_diff:
            lunar_month = diff + 10
            if diff == leap_diff:
                leap = True
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return lunar_day, lunar_month, lunar_year, leap


def lunar_to_solar(lunar_day: int, lunar_month: int, lunar_year: int, leap: bool = False,
                   tz: float = VN_TZ) -> dt.date:
    if lunar_month < 11:
        a11 = lunar_month11(lunar_year - 1, tz)
        b11 = lunar_month11(lunar_year, tz)
    else:
        a11 = lunar_month11(lunar_year, tz)
        b11 = lunar_month11(lunar_year + 1, tz)
    k = int(math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853))
    off = lunar_month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365:
        leap_off = leap_month_offset(a11, tz)
        leap_month = leap_off - 2
        if leap_month < 0:
            leap_month += 12
        if leap and lunar_month != leap_month:
            raise ValueError(f"{lunar_year} has no leap month {lunar_month}")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"{lunar_year} has no leap month")
    month_start = new_moon_day(k + off, tz)
    return date_from_jd(month_start + lunar_day - 1)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def load_json(path: Path):
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def find_one(folder: Path, pattern: str) -> Path:
    files = sorted(folder.glob(pattern))
    if len(files) != 1:
        raise SystemExit(f"expected exactly one {pattern} in {folder}, found {len(files)}")
    return files[0]


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n",
                            quoting=csv.QUOTE_MINIMAL, extrasaction="raise")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def join_notes(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


# ---------------------------------------------------------------------------
# Vietnam
# ---------------------------------------------------------------------------

def vn_province_level(full_name: str) -> str:
    if full_name.startswith("Thành phố"):
        return "MUNICIPALITY"
    if full_name.startswith("Tỉnh"):
        return "PROVINCE"
    raise ValueError(f"unknown provincial unit type: {full_name}")


def vn_district_level(full_name: str) -> str:
    if full_name.startswith("Quận ") or full_name.startswith("Huyện "):
        return "DISTRICT"
    if full_name.startswith("Thành phố "):
        return "PROVINCIAL_CITY"
    if full_name.startswith("Thị xã "):
        return "TOWN"
    raise ValueError(f"unknown district unit type: {full_name}")


def build_vietnam(admin: Path):
    vn = admin / "vietnam"
    current = load_json(find_one(vn / "provinces-34-current-2026", "*.json"))
    legacy = load_json(find_one(vn / "provinces-63-before-2025-07-01", "*.json"))
    merges = load_json(vn / "mapping-63-to-34" / "merges.json")["data"]

    legacy_by_code = {p["Code"]: p for p in legacy}
    merges_by_new = {m["level1_id"]: m["merges"] for m in merges}
    if len(current) != 34 or len(legacy) != 63 or len(merges_by_new) != 34:
        raise SystemExit("unexpected Vietnamese unit counts")

    unchanged = set()
    for new_code, olds in merges_by_new.items():
        for o in olds:
            if o["old_id"] not in legacy_by_code:
                raise SystemExit(f"merges.json refers to unknown old province {o['old_id']}")
        if len(olds) == 1 and olds[0]["old_id"] == new_code and olds[0]["type"] == "full":
            unchanged.add(new_code)

    localities, successions = [], []
    for p in sorted(current, key=lambda x: x["Code"]):
        code = p["Code"]
        if code not in merges_by_new:
            raise SystemExit(f"current province {code} missing from merges.json")
        level = vn_province_level(p["FullName"])
        if level == "MUNICIPALITY" and p["AdministrativeUnitFullName"] != "Thành phố trực thuộc trung ương":
            raise SystemExit(f"inconsistent unit type for {code}")
        if code in unchanged:
            note = "not changed by the 2025 reform (dvhcvn merges.json); continues the pre-2025 unit"
        else:
            absorbed = ", ".join(o["name"] for o in merges_by_new[code])
            note = f"formed {VN_REFORM_DATE} from {absorbed}"
        if code == "75":
            note = join_notes(note, "municipality since 2026-04-30 (Resolution 30/2026/QH16)")
        localities.append({
            "code": f"VN-{code}", "country": "VN", "level": level, "parent_code": "",
            "name_vi": p["Name"], "name_en": p["NameEn"], "name_ko": VN_NAME_KO[code],
            "name_native": p["Name"],
            "valid_from": "" if code in unchanged else VN_REFORM_DATE, "valid_to": "",
            "source": join_notes(SRC_VN_CURRENT, note),
        })

    def legacy_row_code(old_code: str) -> str:
        return f"VN-{old_code}" if old_code in unchanged else f"VN-63-{old_code}"

    for p in sorted(legacy, key=lambda x: x["Code"]):
        if p["Code"] in unchanged:
            continue
        localities.append({
            "code": legacy_row_code(p["Code"]), "country": "VN",
            "level": vn_province_level(p["FullName"]), "parent_code": "",
            "name_vi": p["Name"], "name_en": p["NameEn"], "name_ko": "", "name_native": p["Name"],
            "valid_from": "", "valid_to": VN_LEGACY_END, "source": SRC_VN_LEGACY,
        })

    districts = []
    for p in legacy:
        for d in p["District"]:
            if d["ProvinceCode"] != p["Code"]:
                raise SystemExit(f"district {d['Code']} has inconsistent province code")
            districts.append(d)
    for d in sorted(districts, key=lambda x: x["Code"]):
        if len(d["Code"]) != 3:
            raise SystemExit(f"unexpected district code {d['Code']}")
        localities.append({
            "code": f"VN-D-{d['Code']}", "country": "VN", "level": vn_district_level(d["FullName"]),
            "parent_code": legacy_row_code(d["ProvinceCode"]),
            "name_vi": d["Name"], "name_en": d["NameEn"], "name_ko": "", "name_native": d["Name"],
            "valid_from": "", "valid_to": VN_LEGACY_END, "source": SRC_VN_LEGACY,
        })

    for new_code in sorted(merges_by_new):
        if new_code in unchanged:
            continue
        for o in sorted(merges_by_new[new_code], key=lambda x: x["old_id"]):
            if o["type"] != "full":
                raise SystemExit(f"partial province merge {o} not supported")
            successions.append({
                "predecessor_code": legacy_row_code(o["old_id"]), "successor_code": f"VN-{new_code}",
                "effective_on": VN_REFORM_DATE, "kind": "MERGED", "source": SRC_VN_SUCCESSION,
            })

    stats = {
        "vn_current": len(current),
        "vn_legacy_provinces": len(legacy) - len(unchanged),
        "vn_districts": len(districts),
        "vn_unchanged": sorted(unchanged),
    }
    return localities, successions, stats


# ---------------------------------------------------------------------------
# South Korea
# ---------------------------------------------------------------------------

def topo_properties(path: Path, obj: str) -> list[dict]:
    data = load_json(path)
    return [g["properties"] for g in data["objects"][obj]["geometries"]]


def normalise_kr_en(name_en: str, level: str) -> str:
    """'Hwaseongsi' -> 'Hwaseong-si', 'Jeungpyeonggun' -> 'Jeungpyeong-gun'."""
    suffix = KR_SUFFIX_EN[level]
    if name_en.endswith(suffix):
        return name_en
    bare = suffix[1:]
    if name_en.endswith(bare):
        return name_en[: -len(bare)] + suffix
    return name_en


def strip_kr_suffix(name_en: str) -> str:
    for suffix in ("-si", "-gun", "-gu", "-do"):
        if name_en.endswith(suffix):
            return name_en[: -len(suffix)]
    return name_en


def build_korea(admin: Path):
    kr = admin / "korea" / "kostat-2018"
    provinces = topo_properties(kr / "skorea-provinces-2018-topo-simple.json", "skorea_provinces_2018_geo")
    municipalities = topo_properties(kr / "skorea-municipalities-2018-topo-simple.json",
                                     "skorea_municipalities_2018_geo")
    if len(provinces) != 17 or len(municipalities) != 250:
        raise SystemExit("unexpected Korean unit counts")

    localities, successions = [], []
    for p in sorted(provinces, key=lambda x: x["code"]):
        level, name_ko, name_en, name_vi, note = KR_PROVINCES[p["code"]]
        if name_ko != p["name"] and not note:
            raise SystemExit(f"Korean province name mismatch for {p['code']}: {p['name']}")
        localities.append({
            "code": f"KR-{p['code']}", "country": "KR", "level": level, "parent_code": "",
            "name_vi": name_vi, "name_en": name_en, "name_ko": name_ko, "name_native": name_ko,
            "valid_from": "", "valid_to": "", "source": join_notes(SRC_KR, note),
        })

    units: dict[str, dict] = {}
    for m in municipalities:
        code = m["code"]
        if code[:2] in ("29", "39"):      # Sejong (single tier), Jeju admin cities
            continue
        if code[-1] != "0":               # non-autonomous gu inside a city
            city_code = code[:4] + "0"
            ko = m["name"]
            city_ko = ko[: ko.index("시") + 1]
            unit = units.setdefault(city_code, {"name_ko": city_ko, "name_en": KR_COLLAPSED_CITY_EN[code[:4]],
                                                "parts": []})
            if unit["name_ko"] != city_ko:
                raise SystemExit(f"inconsistent collapsed city names for {city_code}")
            unit["parts"].append(ko)
        else:
            if code in units:
                raise SystemExit(f"duplicate municipal code {code}")
            units[code] = {"name_ko": m["name"], "name_en": m["name_eng"], "parts": []}

    per_province: dict[str, int] = {}
    kr_rows = []
    for code in sorted(units):
        u = units[code]
        name_ko, name_en = u["name_ko"], u["name_en"]
        notes = []
        if u["parts"]:
            notes.append("autonomous city collapsed from non-autonomous gu " + " ".join(sorted(u["parts"])))
        if code in KR_NAME_FIXES:
            fix_ko, fix_en, fix_note = KR_NAME_FIXES[code]
            name_ko = fix_ko or name_ko
            name_en = fix_en or name_en
            notes.append(fix_note)
        level = KR_MUNI_LEVEL[name_ko[-1]]
        fixed_en = normalise_kr_en(name_en, level)
        if fixed_en != name_en:
            notes.append(f"upstream English name '{name_en}' normalised")
            name_en = fixed_en
        if not name_en.endswith(KR_SUFFIX_EN[level]):
            raise SystemExit(f"English name {name_en} does not match level {level} for {code}")
        row = {
            "code": f"KR-{code}", "country": "KR", "level": level, "parent_code": f"KR-{code[:2]}",
            "name_vi": strip_kr_suffix(name_en), "name_en": name_en, "name_ko": name_ko,
            "name_native": name_ko, "valid_from": "", "valid_to": "",
            "source": join_notes(SRC_KR, *notes),
        }
        if name_ko == "군위군" and code[:2] == "37":
            row["valid_to"] = GUNWI_OLD_END
            row["source"] = join_notes(row["source"], f"transferred to Daegu {GUNWI_MOVE_DATE}, see KR-22-GUNWI")
            gunwi_old = row
        kr_rows.append(row)
        per_province[code[:2]] = per_province.get(code[:2], 0) + 1

    gunwi_new = {
        "code": "KR-22-GUNWI", "country": "KR", "level": "COUNTY", "parent_code": "KR-22",
        "name_vi": "Gunwi", "name_en": "Gunwi-gun", "name_ko": "군위군", "name_native": "군위군",
        "valid_from": GUNWI_MOVE_DATE, "valid_to": "",
        "source": join_notes(SRC_KR, f"Gunwi-gun transferred from Gyeongsangbuk-do ({gunwi_old['code']}) "
                                     f"to Daegu {GUNWI_MOVE_DATE}; synthetic code (no KOSTAT 2018 code)"),
    }
    kr_rows.append(gunwi_new)
    # Parents first, then municipal units grouped by province in code order (Gunwi-Daegu last in Daegu).
    kr_rows.sort(key=lambda r: (r["parent_code"], r["code"] == "KR-22-GUNWI", r["code"]))
    localities.extend(kr_rows)
    successions.append({
        "predecessor_code": gunwi_old["code"], "successor_code": gunwi_new["code"],
        "effective_on": GUNWI_MOVE_DATE, "kind": "TRANSFERRED",
        "source": "경상북도 군위군 대구광역시 편입에 관한 법률 (Act on the incorporation of Gunwi-gun into Daegu; in force 2023-07-01)",
    })

    expected = {"11": 25, "21": 16, "22": 8, "23": 10, "24": 5, "25": 5, "26": 5, "31": 31, "32": 18,
                "33": 11, "34": 15, "35": 14, "36": 22, "37": 23, "38": 18}
    if per_province != expected:
        raise SystemExit(f"Korean per-province counts differ from the README: {per_province}")
    stats = {"kr_provinces": len(provinces), "kr_municipal": sum(per_province.values()),
             "kr_extra": 1}
    return localities, successions, stats


# ---------------------------------------------------------------------------
# Vietnamese public holidays
# ---------------------------------------------------------------------------

# Lunar New Year (Tết) dates used to cross-check the lunar calendar code above.
# 2030: the new moon falls at 2030-02-02 23:07 Vietnam time (16:07 UTC), so Tết in Vietnam
# (UTC+7) is 2 February, one day before the Chinese New Year (3 February, UTC+8).
EXPECTED_TET = {
    2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22",
    2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
    2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-02",
}

# Day added to 2 September ("01 ngày liền kề trước hoặc sau", Labour Code 2019 Art. 112),
# as applied in the Government's yearly holiday notices. Later years are not decided yet.
NATIONAL_DAY_EXTRA = {2021: 3, 2022: 1, 2023: 1, 2024: 3, 2025: 1}

SRC_LC2019 = "Labour Code 2019 (45/2019/QH14) Art. 112"
SRC_LC2012 = "Labour Code 2012 (10/2012/QH13) Art. 115"
LUNAR_DAY_VI = {1: "mùng 1", 2: "mùng 2", 3: "mùng 3", 4: "mùng 4"}


def build_holidays():
    rows = []
    for year in range(2020, 2031):
        law = SRC_LC2012 if year < 2021 else SRC_LC2019
        tet = lunar_to_solar(1, 1, year)
        if tet.isoformat() != EXPECTED_TET[year]:
            raise SystemExit(f"lunar calendar check failed: Tết {year} computed {tet}, expected {EXPECTED_TET[year]}")
        if solar_to_lunar(tet) != (1, 1, year, False):
            raise SystemExit(f"lunar round trip failed for {tet}")
        eve = tet - dt.timedelta(days=1)
        eve_day, eve_month, eve_year, _ = solar_to_lunar(eve)
        if eve_month != 12 or eve_year != year - 1 or eve_day not in (29, 30):
            raise SystemExit(f"unexpected lunar date for {eve}: {eve_day}/{eve_month}/{eve_year}")
        hung = lunar_to_solar(10, 3, year)
        if solar_to_lunar(hung) != (10, 3, year, False):
            raise SystemExit(f"lunar round trip failed for Hùng Kings {year}")

        tet_src = join_notes(law, "5 days; nominal days (the Prime Minister sets the exact Tết days yearly)")
        rows.append((dt.date(year, 1, 1), "Tết Dương lịch", "New Year's Day", "신정", law))
        rows.append((eve, f"Tết Âm lịch (ngày {eve_day} tháng Chạp)",
                     "Lunar New Year (Tết), last day of the lunar year", "뗏(설) 연휴, 섣달그믐", tet_src))
        for i in range(4):
            day = tet + dt.timedelta(days=i)
            rows.append((day, f"Tết Âm lịch ({LUNAR_DAY_VI[i + 1]} tháng Giêng)",
                         f"Lunar New Year (Tết), day {i + 1}", f"뗏(설) 연휴, 음력 1월 {i + 1}일", tet_src))
        rows.append((hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hung Kings' Commemoration Day",
                     "훙왕 기념일", join_notes(law, "10th day of the 3rd lunar month")))
        rows.append((dt.date(year, 4, 30), "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)",
                     "Reunification Day", "남부 해방·통일의 날", law))
        rows.append((dt.date(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day", "노동절", law))
        rows.append((dt.date(year, 9, 2), "Quốc khánh", "National Day", "국경절", law))
        if year >= 2021:
            extra = NATIONAL_DAY_EXTRA.get(year)
            if extra is None:
                extra = 1
                note = "adjacent day (1 or 3 Sep) not yet decided; 1 Sep assumed"
            else:
                note = f"adjacent day {extra} Sep as applied in {year} (yearly holiday notice)"
            rows.append((dt.date(year, 9, extra), "Quốc khánh (ngày liền kề)", "National Day (adjacent day)",
                         "국경절 연휴", join_notes(law, note)))

    rows.sort(key=lambda r: r[0])
    dates = [r[0] for r in rows]
    if len(set(dates)) != len(dates):
        raise SystemExit("two holidays fall on the same date")
    return [{"date": d.isoformat(), "name_vi": vi, "name_en": en, "name_ko": ko, "source": src}
            for d, vi, en, ko, src in rows]


# ---------------------------------------------------------------------------
# Checks and main
# ---------------------------------------------------------------------------

def check_localities(rows: list[dict], successions: list[dict]) -> None:
    seen = set()
    for r in rows:
        if r["code"] in seen:
            raise SystemExit(f"duplicate code {r['code']}")
        if r["parent_code"] and r["parent_code"] not in seen:
            raise SystemExit(f"{r['code']}: parent {r['parent_code']} does not precede it")
        for col in ("code", "country", "level", "name_vi"):
            if not r[col]:
                raise SystemExit(f"{r['code']}: empty {col}")
        if len(r["source"]) > 500 or len(r["code"]) > 40 or len(r["level"]) > 40:
            raise SystemExit(f"{r['code']}: field too long for the locality table")
        seen.add(r["code"])
    for s in successions:
        for col in ("predecessor_code", "successor_code"):
            if s[col] not in seen:
                raise SystemExit(f"succession refers to unknown code {s[col]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(REPO_ROOT.parent / "shared" / "data"),
                        help="shared data folder containing admin-units/ (default: ../shared/data "
                             "relative to the repository root)")
    parser.add_argument("--out", default=str(OUT_DIR), help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)

    data_dir = Path(args.data_dir)
    if not data_dir.is_absolute() and not data_dir.exists():
        data_dir = REPO_ROOT / data_dir
    admin = data_dir / "admin-units" if (data_dir / "admin-units").is_dir() else data_dir
    if not (admin / "vietnam").is_dir() or not (admin / "korea").is_dir():
        raise SystemExit(f"{admin} does not look like the admin-units folder")
    out = Path(args.out)

    vn_rows, vn_succ, vn_stats = build_vietnam(admin)
    kr_rows, kr_succ, kr_stats = build_korea(admin)
    localities = vn_rows + kr_rows
    successions = vn_succ + kr_succ
    check_localities(localities, successions)
    holidays = build_holidays()

    write_csv(out / "localities.csv", LOCALITY_COLUMNS, localities)
    write_csv(out / "locality-successions.csv", SUCCESSION_COLUMNS, successions)
    write_csv(out / "public-holidays-vn.csv", HOLIDAY_COLUMNS, holidays)

    print(f"VN current provincial units : {vn_stats['vn_current']}")
    print(f"VN legacy provinces (rows)  : {vn_stats['vn_legacy_provinces']}")
    print(f"VN legacy districts         : {vn_stats['vn_districts']}")
    print(f"VN unchanged provinces      : {', '.join(vn_stats['vn_unchanged'])}")
    print(f"KR first-tier units         : {kr_stats['kr_provinces']}")
    print(f"KR autonomous municipal     : {kr_stats['kr_municipal']} (+{kr_stats['kr_extra']} Gunwi under Daegu)")
    print(f"localities.csv rows         : {len(localities)}")
    print(f"locality-successions rows   : {len(successions)}")
    print(f"public-holidays-vn rows     : {len(holidays)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
