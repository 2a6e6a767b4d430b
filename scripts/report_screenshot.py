"""Build a small reviewed database from the fixture, export the HTML report and take a
screenshot of it with headless Chromium, the way a reader would first see it.

    .venv/bin/python scripts/report_screenshot.py [--out /tmp/report.png] [--keep DIR]

Needs Debian's chromium (`apt-get install -y chromium`). Prints the paths it wrote.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "belarus-prisoner-release.txt"
FACTCHECK = [sys.executable, "-m", "factcheck"]

# (claim text to find, verdict, reviewer, source url, source title, excerpt, note)
DECISIONS = [
    ("1,300 or 1,400 prisoners", "disputed", "alice", "https://spring96.org/en/news",
     "Viasna: political prisoners list", "1,150 political prisoners recognised",
     "Viasna's own count is lower than the figure attributed to Trump."),
    ("only 4 percent", "verified", "bob", "https://spring96.org/en/news",
     "Viasna: political prisoners list", "52 of about 1,150", None),
    ("“Our main task is to stand with Trump", "unverifiable", "bob", None, None, None,
     "Only state media carried this quote; no recording found."),
    ("52 prisoners", "verified", "alice", "https://www.state.gov/releases",
     "US State Department statement", "52 individuals were released", None),
    ("2021", "verified", "alice", None, None, None, None),
]


def run(*args: str, db: Path, reviewer: str = "alice") -> str:
    env = {**os.environ, "FACTCHECK_DB": str(db), "FACTCHECK_REVIEWER": reviewer}
    done = subprocess.run([*FACTCHECK, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="/tmp/report.png")
    parser.add_argument("--keep", help="directory for the database and report.html")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="factcheck-report-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "factcheck.db"
    if db.exists():
        db.unlink()
    run("ingest", str(FIXTURE), "--url", "https://example.org/belarus-prisoners", db=db)
    import json
    claims = json.loads(run("claims", "--json", db=db))
    for text, status, who, url, title, excerpt, note in DECISIONS:
        claim = next(c for c in claims if c["text"].startswith(text))
        extra = ["--source", url, "--title", title, "--excerpt", excerpt] if url else []
        extra += ["--note", note] if note else []
        run("verdict", str(claim["id"]), status, *extra, db=db, reviewer=who)
    html = work / "report.html"
    run("export", "--format", "html", "-o", str(html), db=db)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 1
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                        f"--screenshot={args.out}", "--window-size=1200,1600",
                        html.as_uri()], check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    print(f"report: {html}\nscreenshot: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
