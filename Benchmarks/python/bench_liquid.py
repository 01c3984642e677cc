"""Renders the Liquid benchmark cases with python-liquid, the reference point for liquid-bench.

Usage: bench_liquid.py --fixtures DIR --dunning DIR [--seconds S] [--dump DIR]

Each case is parsed once and then rendered repeatedly for about S seconds of thread CPU time
(after a short warm-up); one JSON line per case goes to stdout: {"engine", "case", "renders", "seconds",
"renders_per_second", "bytes"}. scripts/bench-liquid.sh runs this interleaved with liquid-bench.

The cases and their options mirror Sources/LiquidBench: Golden Liquid fixtures in python-liquid's
default (lax undefined) environment, the dunning email with autoescape and strict undefined, and the
same stand-in `money` and `local_date` filters.
"""

import argparse
import datetime
import json
import os
import sys
import time
from decimal import Decimal, ROUND_HALF_EVEN

import liquid
from liquid import CachingFileSystemLoader, Environment, StrictUndefined

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def money(value, currency):
    """Stand-in for Herald's locale `money` filter: 1234.5, "EUR" -> "€1,234.50"."""
    amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    negative = amount < 0
    whole, _, fraction = str(abs(amount)).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ",".join(groups) + "." + fraction
    symbol = SYMBOLS.get(str(currency))
    text = symbol + text if symbol else f"{currency} {text}"
    return "-" + text if negative else text


def local_date(value):
    """Stand-in for Herald's locale `local_date` filter: "2026-10-05" -> "5 October 2026"."""
    year, month, day = str(value).split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def measure(template, data, seconds):
    """Renders `template` for about `seconds` of this thread's CPU time (so time the shared
    machine gives to other processes does not count); returns (renders, elapsed, last output)."""
    output = template.render(**data)
    warm_until = time.thread_time() + min(0.2, seconds / 5)
    while time.thread_time() < warm_until:
        template.render(**data)
    renders = 0
    batch = 1
    start = time.thread_time()
    while True:
        for _ in range(batch):
            template.render(**data)
        renders += batch
        elapsed = time.thread_time() - start
        if elapsed >= seconds:
            return renders, elapsed, output
        batch = min(batch * 2, 256)


def cases(fixtures, dunning):
    """(name, template, data) for every fixture and the dunning email."""
    for name in sorted(os.listdir(fixtures)):
        directory = os.path.join(fixtures, name)
        env = Environment(loader=CachingFileSystemLoader(os.path.join(directory, "templates")))
        with open(os.path.join(directory, "data.json"), encoding="utf-8") as file:
            data = json.load(file)
        yield name, env.get_template("index.liquid"), data
    env = Environment(loader=CachingFileSystemLoader(dunning), autoescape=True, undefined=StrictUndefined)
    env.filters["money"] = money
    env.filters["local_date"] = local_date
    with open(os.path.join(dunning, "data.json"), encoding="utf-8") as file:
        data = json.load(file, parse_float=Decimal)
    yield "dunning", env.get_template("email.xhtml.liquid"), data


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--dunning", required=True)
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--dump", help="write each case's output to DIR/CASE.python.txt")
    arguments = parser.parse_args()
    os.environ.setdefault("TZ", "UTC")
    time.tzset()
    for name, template, data in cases(arguments.fixtures, arguments.dunning):
        renders, elapsed, output = measure(template, data, arguments.seconds)
        if arguments.dump:
            with open(os.path.join(arguments.dump, f"{name}.python.txt"), "w", encoding="utf-8") as file:
                file.write(output)
        print(json.dumps({
            "engine": f"python-liquid {liquid.__version__}", "case": name, "renders": renders,
            "seconds": round(elapsed, 4), "renders_per_second": renders / elapsed,
            "bytes": len(output.encode("utf-8")),
        }), flush=True)


if __name__ == "__main__":
    sys.exit(main())
