"""The reference viewer in a real headless Chromium: list, brief page, entity page, screenshot.

A real uvicorn serves a fresh SQLite file loaded with the sample (`newsbrief load data/`); Selenium
drives Debian's `chromium` through `chromium-driver`. Without Chromium the test fails under CI
(`CI` set; `scripts/install-browser.sh` installs it) and is skipped, with the reason, elsewhere.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOT = ARTIFACTS / "brief.png"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
STARTUP_SECONDS = 120
WAIT_SECONDS = 20


def _missing(reason: str) -> None:
    """No browser: a failure in CI, where it must run; a visible skip on a developer machine."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: run scripts/install-browser.sh first)", pytrace=False)
    pytest.skip(f"{reason}; install it with scripts/install-browser.sh")


def _first(paths: tuple[str, ...], name: str) -> str | None:
    for path in paths:
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@pytest.fixture(scope="module")
def browser_paths() -> tuple[str, str]:
    chromium = _first(CHROMIUM_CANDIDATES, "chromium")
    driver = _first(DRIVER_CANDIDATES, "chromedriver")
    if chromium is None:
        _missing("Chromium is not installed (looked for /usr/bin/chromium)")
    if driver is None:
        _missing("chromium-driver is not installed (looked for /usr/bin/chromedriver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        _missing("the selenium package is not installed (pip install -e '.[dev]')")
    assert chromium is not None and driver is not None
    return chromium, driver


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, browser_paths: tuple[str, str]
) -> Iterator[str]:
    """A real uvicorn on a free port, serving a fresh SQLite file loaded with data/."""
    tmp = tmp_path_factory.mktemp("viewer")
    env = {
        **os.environ,
        "NEWSBRIEF_DATABASE_URL": f"sqlite:///{tmp / 'viewer.db'}",
        "PYTHONUNBUFFERED": "1",
    }
    load = subprocess.run(
        [sys.executable, "-m", "app.cli", "load", str(ROOT / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert load.returncode == 0, f"newsbrief load failed:\n{load.stdout}\n{load.stderr}"

    port = _free_port()
    log_path = tmp / "uvicorn.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                pytest.fail(f"uvicorn exited with {proc.returncode}:\n{_tail(log_path)}")
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"uvicorn did not answer /healthz in {STARTUP_SECONDS}s:\n{_tail(log_path)}"
                )
            time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture(scope="module")
def driver(
    browser_paths: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = browser_paths
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--force-device-scale-factor=1",
        "--window-size=1280,900",
        "--lang=en-US",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=chromedriver, log_output=str(profile / "chromedriver.log"))
    browser = webdriver.Chrome(service=service, options=options)
    browser.set_page_load_timeout(60)
    try:
        yield browser
    finally:
        browser.quit()


def _wait(driver: Any, condition: Any, what: str) -> Any:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, WAIT_SECONDS).until(condition)
    except TimeoutException:
        logs = _console(driver)
        pytest.fail(f"timed out waiting for {what} at {driver.current_url}\nconsole:\n{logs}")


def _console(driver: Any) -> str:
    try:
        entries = driver.get_log("browser")
    except Exception:  # the log endpoint is a Chromium extra; never hide the real failure
        return "(no console log)"
    return "\n".join(f"{e.get('level')}: {e.get('message')}" for e in entries) or "(empty)"


def _severe_errors(driver: Any) -> list[str]:
    try:
        entries = driver.get_log("browser")
    except Exception:
        return []
    return [e["message"] for e in entries if e.get("level") == "SEVERE"]


def _save_full_page(driver: Any, path: Path) -> None:
    """Resize the window to the page's height so the screenshot shows the whole brief."""
    height = driver.execute_script(
        "return Math.ceil(Math.max("
        "document.documentElement.scrollHeight, document.body.scrollHeight))"
    )
    driver.set_window_size(1280, min(max(int(height) + 120, 900), 12000))
    driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    path.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(path)), f"could not write {path}"
    driver.set_window_size(1280, 900)


def test_list_brief_entity_and_screenshot(server: str, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    brief = httpx.get(f"{server}/briefs", timeout=10).json()["items"][0]
    detail = httpx.get(f"{server}/briefs/{brief['id']}", timeout=10).json()

    # The list: the sample brief's card, a search box and the entity filter.
    driver.get(f"{server}/")
    card_link = _wait(
        driver,
        ec.element_to_be_clickable((By.CSS_SELECTOR, ".brief-card__title a")),
        "the list of briefs",
    )
    assert card_link.text == brief["headline"]
    assert driver.find_element(By.CSS_SELECTOR, "input[type=search]#q")
    assert driver.find_element(By.CSS_SELECTOR, "input[role=combobox]#entity-input")
    assert driver.find_element(By.CSS_SELECTOR, "main#main h1").text == "Briefs"

    # The brief page: headline, mentions highlighted by type, claims, timeline.
    card_link.click()
    _wait(driver, ec.url_contains(f"#/briefs/{brief['id']}"), "the brief's route")
    headline = _wait(
        driver, ec.visibility_of_element_located((By.CSS_SELECTOR, "h1#brief-title")), "headline"
    )
    assert headline.text == detail["headline"]
    mentions = driver.find_elements(By.CSS_SELECTOR, ".article__body a.mention")
    expected_mentions = sum(len(e["mentions"]) for e in detail["entities"])
    assert mentions, "no highlighted mentions in the article"
    assert len(mentions) <= expected_mentions
    types = {
        c for m in mentions for c in (m.get_attribute("class") or "").split() if c.startswith("t-")
    }
    assert len(types) >= 2, f"mentions should be coloured by type, saw {types}"
    # Every highlighted mention's words are the words at its code-point offsets.
    spans = {(m["text"], e["id"]) for e in detail["entities"] for m in e["mentions"]}
    for m in mentions[:40]:
        assert (m.text, m.get_attribute("data-entity")) in spans, m.text

    # Hovering a mention shows its canonical entity.
    from selenium.webdriver.common.action_chains import ActionChains

    first = mentions[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    ActionChains(driver).move_to_element(first).perform()
    tip = _wait(
        driver, ec.visibility_of_element_located((By.ID, "tooltip")), "the mention's tooltip"
    )
    names = {e["id"]: e["name"] for e in detail["entities"]}
    assert names[first.get_attribute("data-entity")] in tip.text

    cards = driver.find_elements(By.CSS_SELECTOR, ".claims .claim")
    assert len(cards) == len(detail["claims"])
    timeline = driver.find_element(By.CSS_SELECTOR, ".timeline-section")
    assert timeline.find_element(By.CSS_SELECTOR, "h2").get_attribute("textContent") == "Timeline"
    assert len(timeline.find_elements(By.CSS_SELECTOR, ".tl-item")) == len(detail["timeline"])
    assert driver.find_element(By.CSS_SELECTOR, ".legend")
    assert driver.find_element(By.CSS_SELECTOR, ".summary").text.endswith(detail["summary"])

    if detail["claims"]:
        # A claim card lights up its evidence in the article.
        button = cards[0].find_element(By.CSS_SELECTOR, "button")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        _wait(
            driver,
            lambda d: d.find_elements(By.CSS_SELECTOR, ".article__body .lit--content"),
            "the claim's evidence highlighted",
        )
        lit = driver.execute_script(
            "return [...document.querySelectorAll('.article__body .lit--content')]"
            ".map(e => e.textContent).join('')"
        )
        assert lit == detail["claims"][0]["content"]["text"]
        assert cards[0].get_attribute("aria-current") == "true"

    _save_full_page(driver, SCREENSHOT)
    assert SCREENSHOT.stat().st_size > 10_000

    # Click an entity: its page shows its name, aliases and the brief.
    person = driver.find_elements(By.CSS_SELECTOR, ".article__body a.mention.t-person") or mentions
    target = person[0]
    entity_id = target.get_attribute("data-entity")
    entity = httpx.get(f"{server}/entities/{entity_id}", timeout=10).json()
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    target.click()
    name = _wait(
        driver,
        ec.visibility_of_element_located((By.CSS_SELECTOR, "h1#entity-title")),
        "the entity page",
    )
    assert name.text == entity["name"]
    assert "#/entities/" in driver.current_url
    section_titles = [
        e.get_attribute("textContent") for e in driver.find_elements(By.CSS_SELECTOR, "h2")
    ]
    for title in ("Also known as", "Roles", "Claims made", "Timeline across briefs"):
        assert any(t.startswith(title) for t in section_titles), (title, section_titles)
    _wait(
        driver,
        lambda d: not d.find_elements(By.CSS_SELECTOR, ".timeline-section .status"),
        "the entity's timeline to load",
    )
    links = driver.find_elements(By.CSS_SELECTOR, ".brief-card__title a")
    assert any(link.text == brief["headline"] for link in links)
    _save_full_page(driver, ARTIFACTS / "entity.png")

    # An unknown brief: the API's problem+json becomes a readable error, not a blank page.
    driver.get(f"{server}/#/briefs/0000000000000000")
    alert = _wait(
        driver,
        ec.visibility_of_element_located((By.CSS_SELECTOR, "[role=alert] h1")),
        "the not-found message",
    )
    assert "404" in alert.text

    assert not [e for e in _severe_errors(driver) if "0000000000000000" not in e], _console(driver)


def test_code_point_offsets_and_event_dates_in_the_browser(server: str, driver: Any) -> None:
    """The API's offsets count code points; the viewer must slice UTF-16 strings accordingly."""
    driver.get(f"{server}/")
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        Promise.all([import('/static/js/text.js'), import('/static/js/timeline.js')])
          .then(([text, timeline]) => {
            const a = new text.ArticleText('😀 Nicolás Maduro, 𝔘𝔖 ally');
            const marks = text.pickMentions([
              {id: 'person:nicolas-maduro', type: 'person',
               mentions: [{text: 'Nicolás Maduro', start: 2, end: 16, kind: 'name'},
                          {text: 'Maduro', start: 10, end: 16, kind: 'alias'}]},
              {id: 'place:united-states', type: 'place',
               mentions: [{text: '𝔘𝔖', start: 18, end: 20, kind: 'alias'}]},
            ], a.length);
            const p = document.createElement('p');
            text.renderRange(p, a, 0, a.length, marks,
              [{start: 18, end: 25, classes: ['ev-claim-c1', 'ev-claim-c1-content']}]);
            done({
              length: a.length,
              name: a.slice(2, 16),
              us: a.slice(18, 20),
              links: [...p.querySelectorAll('a.mention')].map((l) => l.textContent),
              evidence: [...p.querySelectorAll('.ev-claim-c1')].map((e) => e.textContent).join(''),
              html: p.textContent,
              dates: ['1990', '2025-01-03', '2016-2025', '1947-1991', 'PRESENT_REF', null]
                .map((d) => timeline.parseDate(d)),
              labels: ['2025-01-03', '2025-01', '2016-2025']
                .map((d) => timeline.formatEventDate(d)),
            });
          })
          .catch((err) => done({error: String(err)}));
        """
    )
    assert "error" not in result, result
    assert result["length"] == 25
    assert result["name"] == "Nicolás Maduro"
    assert result["us"] == "𝔘𝔖"
    assert result["links"] == ["Nicolás Maduro", "𝔘𝔖"]
    assert result["evidence"] == "𝔘𝔖 ally"
    assert result["html"] == "😀 Nicolás Maduro, 𝔘𝔖 ally"
    one_year, day, period, cold_war, relative, none = result["dates"]
    assert one_year["from"] == 1990 and one_year["to"] == 1991
    assert 2025 < day["from"] < day["to"] < 2025.1
    assert period["range"] and period["from"] == 2016 and period["to"] == 2026
    assert cold_war["range"] and cold_war["from"] == 1947
    assert relative is None and none is None
    assert result["labels"] == ["3 Jan 2025", "Jan 2025", "2016–2025"]


def test_search_and_entity_autocomplete(server: str, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    brief = httpx.get(f"{server}/briefs", timeout=10).json()["items"][0]
    detail = httpx.get(f"{server}/briefs/{brief['id']}", timeout=10).json()
    top = max(detail["entities"], key=lambda e: e["salience"])

    driver.get(f"{server}/")
    box = _wait(driver, ec.element_to_be_clickable((By.ID, "q")), "the search box")
    word = max(re.findall(r"[A-Za-z]{4,}", brief["headline"]), key=len)
    box.send_keys(word, Keys.ENTER)
    _wait(driver, ec.url_contains(f"q={word}"), "the search in the URL")
    _wait(
        driver,
        lambda d: any(
            a.text == brief["headline"]
            for a in d.find_elements(By.CSS_SELECTOR, ".brief-card__title a")
        ),
        "the brief among the search results",
    )

    # Type the start of an entity's name, pick it with the keyboard: the list is filtered by it.
    combo = driver.find_element(By.ID, "entity-input")
    combo.send_keys(top["name"][:3])
    _wait(
        driver,
        lambda d: any(
            o.find_element(By.CSS_SELECTOR, ".combo__name").text == top["name"]
            for o in d.find_elements(By.CSS_SELECTOR, "#entity-options [role=option].combo__option")
        ),
        f"{top['name']!r} among the suggestions",
    )
    assert combo.get_attribute("aria-expanded") == "true"
    names = [o.text for o in driver.find_elements(By.CSS_SELECTOR, "#entity-options .combo__name")]
    for _ in range(names.index(top["name"])):
        combo.send_keys(Keys.ARROW_DOWN)
    combo.send_keys(Keys.ENTER)
    _wait(driver, ec.url_contains("entity="), "the entity filter in the URL")
    chip = _wait(
        driver,
        ec.visibility_of_element_located((By.CSS_SELECTOR, ".active-filter .chip")),
        "the active entity filter",
    )
    assert top["name"] in chip.text
    _wait(
        driver,
        lambda d: d.find_elements(By.CSS_SELECTOR, ".brief-card__title a"),
        "the filtered list",
    )


def test_api_docs_render_without_internet(server: str, driver: Any) -> None:
    """/docs draws Swagger UI from the server's own assets: every operation listed, no CDN.

    The page's scripts and styles must come from this server: with no internet a CDN URL leaves
    the page blank, which is what a test machine without a network would then see too.
    """
    from selenium.webdriver.common.by import By

    html = httpx.get(f"{server}/docs", timeout=10).text
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/") for a in assets), assets

    spec = httpx.get(f"{server}/openapi.json", timeout=10).json()
    # Swagger UI lists an operation under each of its tags.
    listed = sum(
        len(op.get("tags") or [""]) for item in spec["paths"].values() for op in item.values()
    )
    driver.get(f"{server}/docs")
    _wait(
        driver,
        lambda d: len(d.find_elements(By.CSS_SELECTOR, ".opblock")) == listed,
        f"Swagger UI's list of {listed} operations",
    )
    title = driver.find_element(By.CSS_SELECTOR, ".info .title").text
    assert title.startswith("newsbrief")
    shown = {
        e.get_attribute("textContent").strip()
        for e in driver.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")
    }
    assert {"/briefs", "/briefs/{brief_id}", "/entities"} <= shown, shown
    # POST and DELETE take a bearer key: the page offers "Authorize".
    assert driver.find_elements(By.CSS_SELECTOR, ".auth-wrapper .authorize")
    _save_full_page(driver, ARTIFACTS / "docs.png")

    driver.get(f"{server}/redoc")
    _wait(
        driver,
        lambda d: d.find_elements(By.CSS_SELECTOR, "[data-section-id^='operation/']"),
        "ReDoc's operations",
    )
    # ReDoc's sidebar asks its vendor's CDN for a logo and hides it when that fails: the one
    # outside request either page makes, and nothing on the page depends on it.
    logo = "cdn.redoc.ly/redoc/logo-mini.svg"
    assert not [e for e in _severe_errors(driver) if logo not in e], _console(driver)


def test_every_entity_is_reachable_and_the_count_is_not_a_total(server: str, driver: Any) -> None:
    """The brief shows its most salient entities and "+N more" for the rest; a list with a next
    page says how many are shown, not how many there are."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    brief = httpx.get(f"{server}/briefs", timeout=10).json()["items"][0]
    detail = httpx.get(f"{server}/briefs/{brief['id']}", timeout=10).json()
    total = len(detail["entities"])
    assert total > 14, "the sample has more entities than the brief page shows at first"

    driver.get(f"{server}/#/briefs/{brief['id']}")
    more = _wait(
        driver, ec.element_to_be_clickable((By.CSS_SELECTOR, ".chip--more")), "the +N more chip"
    )
    assert more.text == f"+{total - 14} more"
    assert (
        len(
            [
                c
                for c in driver.find_elements(By.CSS_SELECTOR, "#entity-chips a.chip")
                if c.is_displayed()
            ]
        )
        == 14
    )
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", more)
    more.click()
    shown = [
        c for c in driver.find_elements(By.CSS_SELECTOR, "#entity-chips a.chip") if c.is_displayed()
    ]
    assert len(shown) == total
    assert not driver.find_elements(By.CSS_SELECTOR, ".chip--more")

    # The whole list (no next page): the count is the total, with no "more below".
    driver.get(f"{server}/")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".brief-card__title a"), "the list")
    count = driver.find_element(By.CSS_SELECTOR, ".results__count").text
    assert count == "One brief", count
