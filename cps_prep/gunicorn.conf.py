"""gunicorn's settings for `make serve` (a Python file gunicorn reads with `-c`)."""

import multiprocessing
import os

import gunicorn.http.wsgi

# Sync workers: one request at a time each, so a slow request never stalls another in its worker.
# Two per core plus one keeps the cores busy while some workers wait on the database.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_tmp_dir = "/dev/shm"  # the workers' heartbeat files, off the disk
timeout = 60
graceful_timeout = 20
# Our own request log (cps_prep.requestlog) writes one JSON line per request; no second access log.
accesslog = None
# Responses don't say which server software (and version) answers them.
gunicorn.http.wsgi.SERVER = ""
