#!/usr/bin/env python3
"""Prints the statistics table of a Gatling HTML report (index.html) as Markdown: one row per
request name (and "All Requests"), with counts, errors, throughput and response-time percentiles.
Usage: bench/gatling-stats.py target/gatling/<run>/ [...]"""
import html
import re
import sys

COLUMNS = ["total", "OK", "KO", "% KO", "req/s", "min ms", "p50 ms", "p75 ms", "p95 ms",
           "p99 ms", "max ms", "mean ms"]

for folder in sys.argv[1:]:
    page = open(folder.rstrip("/") + "/index.html", encoding="utf-8").read()
    table = page[page.find('StatsContainerId" class'):]
    print(f"Gatling report {folder}\n")
    print("| request | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for row in table.split("<tr")[1:]:
        cells = [html.unescape(re.sub(r"<[^>]+>", " ", c)).split()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        cells = [" ".join(c) for c in cells]
        if len(cells) < 14:
            continue
        name = re.sub(r"\s*\d+$", "", cells[0]).strip()  # the hidden sort value
        values = cells[1:14]
        values = [v for v in values if v != ""][:len(COLUMNS)]
        print(f"| {name} | " + " | ".join(values) + " |")
    print()
