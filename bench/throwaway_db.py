"""Shared start of the Django benches: the project on the path and a throwaway SQLite database.

`from throwaway_db import ROOT, TMP` (first, before any Django import) migrates nothing yet: it points
DATABASE_URL at a database in a temporary folder, so a bench never touches db.sqlite3, and sets
Django up with DEBUG on and no request log lines among the figures. Not a bench itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TMP = tempfile.TemporaryDirectory(prefix="cps-bench-")
os.environ["DATABASE_URL"] = f"sqlite:///{TMP.name}/bench.sqlite3"
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cps_prep.settings")
os.environ.setdefault("REQUEST_LOG", "0")  # timings, not log lines

django.setup()
