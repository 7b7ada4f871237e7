"""Runs the DfE's public validators (csc-validator-be-cin, csc-validator-be-903) on a return
and prints the rule codes they report, as JSON: {"rules": {code: count}, "seconds": s}.

    python dfe_validators.py cin FILE.xml [--ruleset cin2026_27]
    python dfe_validators.py 903 DIR --year 2026 [--ruleset lac2026_27] [--la E10000000]

Used by scripts/returns/crosscheck and scripts/bench/returns to set Harbour's validation
beside the tools councils use now. Needs: pip install csc-validator-be-cin csc-validator-be-903
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import resource
import sys
import time
import xml.etree.ElementTree as ET


def run_cin(path: str, ruleset: str) -> collections.Counter:
    import cin_validator.cin_validator as cv

    root = ET.parse(path).getroot()
    data = cv.process_data(cv.convert_data(root))
    registry = getattr(importlib.import_module(f"cin_validator.rules.{ruleset}"), "registry")
    validator = cv.CinValidator(data, registry, selected_rules=None)
    counts: collections.Counter = collections.Counter()
    for frame in (validator.full_issue_df, getattr(validator, "multichild_issues", None)):
        if frame is None or len(frame) == 0:
            continue
        column = "rule_code" if "rule_code" in frame.columns else frame.columns[0]
        for code in frame[column]:
            counts[str(code)] += 1
    return counts


TABLE_FILES = {
    "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
    "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv", "sw_episodes.csv", "dolo.csv",
}


def run_903(folder: str, year: str, ruleset: str, la: str) -> collections.Counter:
    import lac_validator.lac_validator as lv
    from lac_validator.report import Report

    files = []
    for name in sorted(os.listdir(folder)):
        if name.lower() in TABLE_FILES or name.endswith(".csv"):
            with open(os.path.join(folder, name), "rb") as handle:
                files.append({"name": name, "file_content": handle.read(), "description": "This year"})
    registry = getattr(importlib.import_module(f"lac_validator.rules.{ruleset}"), "registry")
    validator = lv.LacValidator(metadata={"collectionYear": year, "localAuthority": la}, files=files,
                                registry=registry, selected_rules=None)
    report = Report(validator.ds_results, registry)
    issues = lv.create_issue_df(report.report, report.error_report)
    counts: collections.Counter = collections.Counter()
    if len(issues):
        column = "rule_code" if "rule_code" in issues.columns else ("Error code" if "Error code" in issues.columns else issues.columns[0])
        for code in issues[column]:
            counts[str(code)] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["cin", "903"])
    parser.add_argument("path")
    parser.add_argument("--ruleset")
    parser.add_argument("--year", default="2026")
    parser.add_argument("--la", default="E10000000")
    args = parser.parse_args()
    start = time.perf_counter()
    if args.kind == "cin":
        counts = run_cin(args.path, args.ruleset or "cin2026_27")
    else:
        counts = run_903(args.path, args.year, args.ruleset or "lac2026_27", args.la)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump({"rules": dict(sorted(counts.items())), "seconds": round(seconds, 3), "peak_kib": peak_kib}, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
