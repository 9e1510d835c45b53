"""Property-based fuzzing of the whole API from its own OpenAPI schema (schemathesis).

Runs against a live server over the backend of this test run (SQLite or PostgreSQL), with an
API key so the writes are fuzzed too. Every response must be a non-5xx that matches its
documented status, content type, headers and schema. The number of generated requests is
printed at the end of the module. FUZZ_EXAMPLES bounds the run (examples per operation).
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks
from schemathesis.core.failures import FailureGroup

from tests.conftest import LiveServer, assert_no_leak
from tests.reliability.conftest import AUTH

pytestmark = pytest.mark.live

FUZZ_EXAMPLES = int(os.environ.get("NEWSBRIEF_FUZZ_EXAMPLES", "25"))
GENERATED: dict[str, int] = {}
SEED_ARTICLES = [
    {
        "title": "Ferries return to Rotterdam",
        "text": "Ferries returned to Rotterdam on Wednesday after the strike, the operator Stena "
        "Line said. Captain Ingrid Vos said the crossings on 5 March 2025 were full.",
        "published": "2025-03-05",
    },
    {
        "title": "Harbour tunnel opens in Oslo",
        "text": "The harbour tunnel in Oslo opened on Monday, Mayor Anne Lindboe said, two years "
        "later than planned. \u201cIt was worth the wait,\u201d she told reporters.",
    },
]


@pytest.fixture(scope="module")
def fuzz_server(writer: LiveServer) -> LiveServer:
    with writer.client() as c:
        for article in SEED_ARTICLES:
            assert c.post("/briefs", json=article, headers=AUTH).status_code in (200, 201)
    return writer


def report_count(config: pytest.Config) -> None:
    """Print the number of generated requests, per operation, even under -q."""
    total = sum(GENERATED.values())
    lines = [f"schemathesis: {total} generated requests over {len(GENERATED)} operation modes"]
    lines += [f"  {n:5d}  {op}" for op, n in sorted(GENERATED.items())]
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print("\n".join(lines))
        return
    with capture.global_and_fixture_disabled():  # past pytest's capture of the test's output
        reporter.ensure_newline()
        for line in lines:
            reporter.write_line(line)


def fuzz_operation(operation: Any, mode: GenerationMode, base_url: str) -> list[str]:
    """Run one operation's generated cases; the failures, each described once."""
    failures: list[str] = []
    key = f"{operation.label} ({mode.value})"

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=FUZZ_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,  # the same requests on every run: a failure reproduces
        phases=[Phase.explicit, Phase.generate],  # no shrinking: bounded time
    )
    def run(case: schemathesis.Case) -> None:
        GENERATED[key] = GENERATED.get(key, 0) + 1
        response = case.call(base_url=base_url, headers=AUTH, timeout=60)
        try:
            # Every check but "schema-valid data is accepted": a schema cannot say which opaque
            # cursor the server issued, nor that a text is only a headline; those are 422s.
            case.validate_response(response, excluded_checks=[checks.positive_data_acceptance])
            assert response.status_code < 500, response.text[:300]
            assert_no_leak(httpx.Response(response.status_code, content=response.content))
        except (AssertionError, FailureGroup) as exc:
            if len(failures) < 3:
                failures.append(f"{key}: {case.as_curl_command()}\n  {str(exc)[:600]}")

    try:
        run()
    except Unsatisfiable:  # nothing to make invalid (no parameters, no body): no negative case
        assert mode is GenerationMode.NEGATIVE, key
    return failures


def test_api_answers_every_generated_request_within_its_schema(
    fuzz_server: LiveServer, pytestconfig: pytest.Config
) -> None:
    schema = schemathesis.openapi.from_url(fuzz_server.base_url + "/openapi.json")
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            failures += fuzz_operation(operation, mode, fuzz_server.base_url)
    report_count(pytestconfig)
    assert operations >= 10  # every documented operation, not a schema that failed to load
    assert sum(GENERATED.values()) >= operations * 2
    assert not failures, "\n".join(failures)
