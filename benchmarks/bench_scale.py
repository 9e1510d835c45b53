"""Read latencies at 1k, 10k and 100k briefs: how the cost of each endpoint grows with the store.

The stores are the re-keyed real briefs of `bench_api` (built once, cached under the temp dir).
For each size, `newsbrief serve` runs alone and wrk drives each endpoint with a few connections
(latency, not throughput, is the point), cycling through paths taken from that store. Prints p50
and p99 per endpoint and size, and the 100k/1k ratio of p50s.

    .venv/bin/python benchmarks/bench_scale.py
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 10000 --seconds 3
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import build_store, check_paths, request_paths, run_wrk, start_server, stop_server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4)
    args = parser.parse_args()

    results: dict[str, dict[int, dict[str, float]]] = {}
    for size in args.sizes:
        db = build_store(size)
        paths = request_paths(db)
        proc, port = start_server("newsbrief", db)
        try:
            for label, plist in paths.items():
                check_paths(port, plist)
                run_wrk(port, plist, args.connections, 1)
                r = run_wrk(port, plist, args.connections, args.seconds)
                results.setdefault(label, {})[size] = r
                print(f"  {size:,} {label}: done", file=sys.stderr)
        finally:
            stop_server(proc)

    sizes = args.sizes
    print(
        f"\np50 / p99 latency in ms, wrk -t2 -c{args.connections} -d{args.seconds:g}s, "
        f"{os.cpu_count()} CPUs\n"
    )
    header = f"{'endpoint':<28}" + "".join(f"{f'{s:,} briefs':>18}" for s in sizes)
    header += f"{'p50 ratio':>11}"
    print(header)
    print("-" * len(header))
    for label, by_size in results.items():
        cells = "".join(
            f"{by_size[s]['p50_us'] / 1000:>9.1f} /{by_size[s]['p99_us'] / 1000:>6.1f}" + "  "
            for s in sizes
        )
        ratio = by_size[sizes[-1]]["p50_us"] / max(1, by_size[sizes[0]]["p50_us"])
        print(f"{label:<28}{cells}{ratio:>9.2f}")


if __name__ == "__main__":
    main()
