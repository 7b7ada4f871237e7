"""Fixtures and helpers for Harbour's real-browser tests.

The tests drive headless Chromium (Debian's `chromium` and `chromium-driver`)
against the real `harbour` binary running its demo data, and run axe on every
page they visit. Nothing here builds the app: `scripts/test` builds it first.

Environment variables, all optional:
  HARBOUR_BINARY       the binary to run (default .build/debug/harbour)
  HARBOUR_CHROMIUM     the browser (default /usr/bin/chromium)
  HARBOUR_CHROMEDRIVER the driver (default /usr/bin/chromedriver)
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("HARBOUR_BINARY", REPO / ".build" / "debug" / "harbour"))
CHROMIUM = os.environ.get("HARBOUR_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("HARBOUR_CHROMEDRIVER", "/usr/bin/chromedriver")

DEMO_PASSWORD = "demo-password"
STARTUP_TIMEOUT = 60  # seconds for the server to answer /health
PAGE_TIMEOUT = 15  # seconds for a page to load after a click


def _axe_script() -> str | None:
    """The newest axe-core we have.

    axe-selenium-python bundles axe-core 3.1 (2018), which misses many newer
    checks; selenium-axe-python ships axe-core 4.x. Use that script with
    axe-selenium-python's driver when it is installed.
    """
    spec = importlib.util.find_spec("selenium_axe_python")
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / "axe-core" / "axe.min.js"
            if candidate.is_file():
                return str(candidate)
    return None


AXE_SCRIPT = _axe_script()


# --------------------------------------------------------------- The server --

_server_log: Path | None = None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(path: Path | None, lines: int = 80) -> str:
    if path is None or not path.exists():
        return "(no server log)"
    text = path.read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:]) or "(server log is empty)"


def _serve(root, demo_args: list[str]):
    """Start `harbour demo` with `demo_args` on a free port; yield its base URL; stop it."""
    if not BINARY.is_file() or not os.access(BINARY, os.X_OK):
        pytest.fail(
            f"Harbour binary not found at {BINARY}. Build it first with "
            "`swift build` (scripts/test does), or set HARBOUR_BINARY.",
            pytrace=False,
        )
    data = root / "data"
    data.mkdir()
    log_path = root / "harbour.log"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [str(BINARY), "demo", *demo_args, "--data", str(data), "--host", "127.0.0.1", "--port", str(port)]

    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=REPO, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"`{' '.join(command)}` exited with status {process.returncode} "
                    f"before answering /health. Its output:\n{_log_tail(log_path)}",
                    pytrace=False,
                )
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"`{' '.join(command)}` did not answer {base}/health with 200 within "
                    f"{STARTUP_TIMEOUT} s. Its output:\n{_log_tail(log_path)}",
                    pytrace=False,
                )
            time.sleep(0.25)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory):
    """Harbour with the six hand-made sample children."""
    global _server_log
    root = tmp_path_factory.mktemp("harbour-demo")
    _server_log = root / "harbour.log"
    yield from _serve(root, ["--samples"])


@pytest.fixture(scope="session")
def council_url(tmp_path_factory: pytest.TempPathFactory):
    """Harbour with a small generated council (about 6,000 children): big enough for teams
    whose children run to several pages."""
    yield from _serve(tmp_path_factory.mktemp("harbour-council"), ["--scale", "0.1", "--years", "2"])


# -------------------------------------------------------------- The browser --


def _chrome_options(width: int = 1280, height: int = 1000) -> Options:
    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        f"--window-size={width},{height}",
        "--lang=en-GB",
    ):
        options.add_argument(argument)
    # Performance logs carry each response's HTTP status (see last_status).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return options


@pytest.fixture
def driver(request: pytest.FixtureRequest):
    """A fresh headless Chromium for each test: no cookies carried over."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(path):
            pytest.fail(
                f"{path} not found: run scripts/install-test-deps "
                "(or set HARBOUR_CHROMIUM / HARBOUR_CHROMEDRIVER)",
                pytrace=False,
            )
    browser = webdriver.Chrome(options=_chrome_options(), service=Service(CHROMEDRIVER))
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(60)
    yield browser
    # Keep a screenshot and the HTML of the page a failing test ended on.
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        directory = request.config._tmp_path_factory.getbasetemp() / "failures"  # type: ignore[attr-defined]
        directory.mkdir(exist_ok=True)
        stem = directory / request.node.name
        try:
            browser.save_screenshot(f"{stem}.png")
            Path(f"{stem}.html").write_text(browser.page_source)
            print(f"\nBrowser was at {browser.current_url}; screenshot and HTML: {stem}.png/.html")
        except Exception as error:  # the browser may be the thing that broke
            print(f"\n(could not save the page: {error})")
    browser.quit()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    # A failing test that used the server shows the end of the server's log.
    # (A server that failed to start already says so in the error itself.)
    if report.when == "call" and report.failed and "base_url" in getattr(item, "fixturenames", ()) and _server_log:
        report.sections.append(("harbour server log (last lines)", _log_tail(_server_log)))
    return report


# ------------------------------------------------------------------ Helpers --


def wait_for_page(driver: WebDriver) -> None:
    WebDriverWait(driver, PAGE_TIMEOUT).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def click_and_wait(driver: WebDriver, element: WebElement) -> None:
    """Click something that loads a new page, and wait until it has loaded.

    Marks the old page's window object; a new document does not have the mark.
    (Waiting for an element to go stale races with chromedriver, which can
    answer "Node with given id does not belong to the document" mid-navigation.)
    """
    driver.execute_script("window.__harbourOldPage = true")
    element.click()
    WebDriverWait(driver, PAGE_TIMEOUT, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.__harbourOldPage === undefined && document.readyState === 'complete'"
        )
    )


def submit_button(driver: WebDriver, field_id: str) -> WebElement:
    """The submit button of the form that holds #field_id (the header has a
    sign-out button too, so never take the page's first button)."""
    return driver.find_element(
        By.XPATH, f"//form[.//*[@id='{field_id}']]//button[@type='submit' or not(@type)]"
    )


def path_of(driver: WebDriver) -> str:
    return urlparse(driver.current_url).path


def h1_text(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text.strip()


def last_status(driver: WebDriver) -> int | None:
    """HTTP status of the last page (document) the browser received.

    Reads Chromium's performance log, which is drained on each call, so call
    it once after each navigation whose status matters.
    """
    status = None
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.responseReceived":
            params = message["params"]
            if params.get("type") == "Document":
                status = params["response"]["status"]
    return status


def check_axe(driver: WebDriver) -> None:
    """Run axe on the current page and fail on any violation, listing each."""
    axe = Axe(driver, AXE_SCRIPT) if AXE_SCRIPT else Axe(driver)
    axe.inject()
    results = axe.run()
    violations = results.get("violations", [])
    if not violations:
        return
    lines = [f"axe found {len(violations)} accessibility violation(s) on {driver.current_url}:"]
    for violation in violations:
        lines.append(
            f"\n* {violation['id']} ({violation.get('impact') or 'no impact given'}): "
            f"{violation['help']}\n  {violation.get('helpUrl', '')}"
        )
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    - {target}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n        ")
            if summary:
                lines.append(f"        {summary}")
    pytest.fail("\n".join(lines), pytrace=False)


def sign_in(driver: WebDriver, base: str, username: str) -> None:
    """Sign in as a demo user (admin, manager, worker or analyst)."""
    driver.get(f"{base}/sign-in")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD)
    click_and_wait(driver, submit_button(driver, "password"))
    assert path_of(driver) == "/children", (
        f"signing in as {username!r} should lead to /children, but the browser is at "
        f"{driver.current_url} showing: {h1_text(driver) if driver.find_elements(By.TAG_NAME, 'h1') else '(no h1)'}"
    )


def sign_out(driver: WebDriver) -> None:
    """Forget the session (the quickest way to become nobody)."""
    driver.delete_all_cookies()
