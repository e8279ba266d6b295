"""Prints the N slowest tests of the .trx result files under a folder (test.sh calls it after a run)."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

folder, count = sys.argv[1], int(sys.argv[2])
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
rows = []
for path in glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        h, m, s = result.get("duration", "0:0:0").split(":")
        rows.append((int(h) * 3600 + int(m) * 60 + float(s), result.get("outcome", "?"), result.get("testName", "?")))
rows.sort(reverse=True)
if rows:
    print(f"slowest {min(count, len(rows))} of {len(rows)} tests (seconds each; tests of different collections overlap):")
    for seconds, outcome, name in rows[:count]:
        print(f"  {seconds:7.1f}  {outcome:<7} {re.sub(r'^CnnCourse[.]Tests[.]', '', name)}")
