"""CPU time per API request, in process: a speed check that holds on a busy machine.

`bench_api.py` measures requests per wall-clock second with wrk against a served process; on a
machine that also runs other work its figures swing by tens of percent from run to run. This
script serves the same endpoints (`bench_api.request_paths`) from the same cached store
(`bench_api.build_store`, built on first use) through httpx's ASGI transport inside one process
and counts requests per CPU-second of that process (`time.process_time`), which other load on
the machine barely moves. It includes the whole ASGI app (middleware, the `GET /briefs/{id}`
fast path, routing, store reads, JSON), not the network or uvicorn's HTTP parsing.

Compare two commits in one sitting by running it alternately from each checkout:

    .venv/bin/python benchmarks/bench_api_cpu.py -n 10000 --seconds 3
    (cd ../other-checkout && PYTHONPATH=$PWD ../newsbrief/.venv/bin/python \
        benchmarks/bench_api_cpu.py -n 10000 --seconds 3)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


async def measure(db: Path, seconds: float, only: str | None) -> None:
    import httpx
    from bench_api import request_paths

    from app.main import create_app

    app = create_app()
    paths = request_paths(db)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            print(f"{'endpoint':<28}{'req/CPU-s':>12}")
            for label, plist in paths.items():
                if only and only not in label:
                    continue
                for path in plist[:100]:  # warm: caches, prepared statements
                    response = await client.get(path)
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: {response.status_code}")
                n = 0
                t0 = time.process_time()
                while time.process_time() - t0 < seconds:
                    for path in plist[:200]:
                        await client.get(path)
                        n += 1
                print(f"{label:<28}{n / (time.process_time() - t0):>12,.0f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="briefs in the store")
    parser.add_argument("--seconds", type=float, default=3, help="CPU seconds per endpoint")
    parser.add_argument("--only", help="run only endpoints whose label contains this")
    parser.add_argument("--db", type=Path, help="use this store instead of bench_api's")
    args = parser.parse_args()
    if args.db is not None:
        db = args.db
    else:
        from bench_api import build_store

        db = build_store(args.n)
    os.environ["NEWSBRIEF_DATABASE_URL"] = f"sqlite:///{db}"
    os.environ["NEWSBRIEF_ACCESS_LOG"] = "false"
    asyncio.run(measure(db, args.seconds, args.only))


if __name__ == "__main__":
    main()
