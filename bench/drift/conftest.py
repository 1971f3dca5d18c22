"""Counts the commands Testinfra sends to each host (its round trips) and writes them where the bench reads them."""
import json
import logging
import os
from collections import Counter

_counts = Counter()


class _CountRuns(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        if message.startswith("RUN"):
            for address in os.environ.get("DRIFT_BENCH_ADDRESSES", "").split(","):
                if address and f" {address} " in message:
                    _counts[address] += 1


_logger = logging.getLogger("testinfra")
_logger.setLevel(logging.DEBUG)
_logger.addHandler(_CountRuns())


def pytest_sessionfinish(session):
    folder = os.environ.get("DRIFT_BENCH_COUNTS")
    if folder:
        with open(os.path.join(folder, f"{os.getpid()}.json"), "w") as out:
            json.dump(dict(_counts), out)
