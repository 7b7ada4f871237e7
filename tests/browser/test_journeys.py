"""A practitioner's journeys through Harbour, in a real browser, with axe.

Runs against `harbour demo` (see conftest.py). Each test starts with a new
browser and signs in itself, so tests can run alone or in any order; they
share one server, so they only ever add records, and compare counts before
and after rather than expecting an exact total.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from conftest import (
    check_axe,
    click_and_wait,
    h1_text,
    last_status,
    path_of,
    sign_in,
    sign_out,
    submit_button,
    wait_for_page,
)

STYLESHEET = Path(__file__).resolve().parents[2] / "Sources" / "HarbourWeb" / "Resources" / "harbour.css"
SURNAME = "Brookfield"  # a child in the demo data
VISIT_DAY, VISIT_MONTH, VISIT_YEAR = "3", "3", "2025"
VISIT_DATE_TEXT = "3 March 2025"


# ------------------------------------------------------------------ Helpers --


def find_child(driver: WebDriver, base: str, surname: str = SURNAME, axe: bool = False) -> str:
    """Search for a child by surname, open their page, return its path."""
    driver.get(f"{base}/children")
    assert h1_text(driver) == "Find a child"
    search = driver.find_element(By.ID, "q")
    search.clear()
    search.send_keys(surname)
    click_and_wait(driver, submit_button(driver, "q"))
    if axe:
        check_axe(driver)
    links = [
        link
        for link in driver.find_elements(By.CSS_SELECTOR, "table.govuk-table a.child-link")
        if surname.lower() in link.text.lower()
    ]
    assert links, f"searching for {surname!r} found no a.child-link in table.govuk-table"
    name = links[0].text.strip()
    click_and_wait(driver, links[0])
    path = path_of(driver)
    assert re.fullmatch(r"/children/[^/]+", path), f"a child's page should be /children/{{id}}, not {path}"
    heading = h1_text(driver)
    for word in re.findall(r"[\w'-]+", name):
        assert word.lower() in heading.lower(), f"the h1 {heading!r} should hold the child's name {name!r}"
    return path


def open_visit_form(driver: WebDriver, base: str, child: str) -> None:
    driver.get(base + child)
    click_and_wait(driver, driver.find_element(By.ID, "record-visit"))
    driver.find_element(By.ID, "visit_date-day")  # it is the visit form


def choose(driver: WebDriver, radio_id: str) -> None:
    """Choose a radio by clicking its label, as a person would."""
    driver.find_element(By.CSS_SELECTOR, f"label[for='{radio_id}']").click()
    assert driver.find_element(By.ID, radio_id).is_selected(), f"#{radio_id} did not become chosen"


def fill_visit(driver: WebDriver, day: str, month: str, year: str) -> None:
    for part, value in (("day", day), ("month", month), ("year", year)):
        field = driver.find_element(By.ID, f"visit_date-{part}")
        field.clear()
        if value:
            field.send_keys(value)
    Select(driver.find_element(By.ID, "visit_type")).select_by_value("child-in-need")
    choose(driver, "child_seen-yes")
    choose(driver, "seen_alone-no")


def save_visit(driver: WebDriver) -> int | None:
    """Press Save; return the HTTP status of the page that came back."""
    last_status(driver)  # drain the log so only this submission counts
    click_and_wait(driver, submit_button(driver, "visit_date-day"))
    return last_status(driver)


def chronology_rows(driver: WebDriver, base: str, child: str) -> list[str]:
    """The text of each row of the child's chronology."""
    driver.get(f"{base}{child}/chronology")
    tables = driver.find_elements(By.CSS_SELECTOR, "table#chronology")
    assert tables, f"{driver.current_url} has no table#chronology"
    return [row.text for row in tables[0].find_elements(By.CSS_SELECTOR, "tbody tr")]


def visits_on(rows: list[str], date_text: str) -> list[str]:
    return [row for row in rows if "Visit" in row and date_text in row]


def assert_date_error(driver: WebDriver, status: int | None) -> None:
    assert status == 422, f"a bad visit date should answer 422, not {status}"
    summary = driver.find_element(By.CSS_SELECTOR, ".govuk-error-summary")
    assert summary.find_element(By.TAG_NAME, "h2").text.strip() == "There is a problem"
    links = summary.find_elements(By.CSS_SELECTOR, 'a[href="#visit_date-day"]')
    assert links, "the error summary should link to #visit_date-day"
    assert links[0].text.strip(), "the error summary's link should say what is wrong"
    assert driver.find_elements(By.CSS_SELECTOR, ".govuk-error-message"), "the date field shows no error message"


# -------------------------------------------------------------------- Tests --


def test_health_answers_without_signing_in(base_url):
    with urllib.request.urlopen(f"{base_url}/health", timeout=5) as response:
        assert response.status == 200
        assert response.read().decode().strip() == "ok"


def test_signed_out_pages_redirect_to_sign_in(base_url, driver):
    # Without following the redirect: the server says where to go.
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(f"{base_url}/children", timeout=5)
        raise AssertionError("/children answered without signing in")
    except urllib.error.HTTPError as error:
        assert error.code in (302, 303, 307), f"expected a redirect, got {error.code}"
        assert urlparse(error.headers["Location"]).path == "/sign-in"

    # And in the browser, which lands on the sign-in page.
    driver.get(f"{base_url}/children")
    assert path_of(driver) == "/sign-in"
    driver.find_element(By.ID, "username")
    driver.find_element(By.ID, "password")
    check_axe(driver)


def test_pages_use_the_harbour_stylesheet(base_url, driver):
    driver.get(f"{base_url}/sign-in")
    loaded = driver.execute_script(
        "return [...document.styleSheets].some("
        "  s => s.href && new URL(s.href).pathname === '/css/harbour.css' && s.cssRules.length > 0)"
    )
    assert loaded, "the page should link /css/harbour.css and it should load"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    # What the app serves is Sources/HarbourWeb/Resources/harbour.css, not an older copy of it.
    with urllib.request.urlopen(f"{base_url}/css/harbour.css", timeout=5) as response:
        served = response.read().decode()
    if served != STYLESHEET.read_text():
        pytest.fail(
            "/css/harbour.css as served differs from Sources/HarbourWeb/Resources/harbour.css: "
            "serve that file, or copy it again where the app takes it from",
            pytrace=False,
        )


def test_worker_records_a_visit_and_sees_it_in_the_chronology(base_url, driver):
    sign_in(driver, base_url, "worker")
    check_axe(driver)  # the search page before searching
    child = find_child(driver, base_url, axe=True)
    check_axe(driver)  # the child's page
    before = visits_on(chronology_rows(driver, base_url, child), VISIT_DATE_TEXT)

    open_visit_form(driver, base_url, child)
    check_axe(driver)
    fill_visit(driver, VISIT_DAY, VISIT_MONTH, VISIT_YEAR)
    status = save_visit(driver)

    assert status == 200, f"after saving, the child's page should answer 200, not {status}"
    assert path_of(driver) == child, "saving a visit should return to the child's page"
    assert driver.find_elements(By.CSS_SELECTOR, ".govuk-notification-banner--success"), "no success banner"
    check_axe(driver)  # the child's page with the banner

    click_and_wait(driver, driver.find_element(By.ID, "chronology-link"))
    assert path_of(driver) == f"{child}/chronology"
    check_axe(driver)
    rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "table#chronology tbody tr")]
    after = visits_on(rows, VISIT_DATE_TEXT)
    assert len(after) == len(before) + 1, (
        f"expected one more row with 'Visit' and {VISIT_DATE_TEXT!r}; rows were:\n" + "\n".join(rows)
    )


def test_a_visit_with_a_bad_date_is_not_saved(base_url, driver):
    sign_in(driver, base_url, "worker")
    child = find_child(driver, base_url)
    rows_before = len(chronology_rows(driver, base_url, child))

    # No date at all.
    open_visit_form(driver, base_url, child)
    fill_visit(driver, "", "", "")
    assert_date_error(driver, save_visit(driver))
    check_axe(driver)

    # A date that does not exist. The form is shown again with what was typed.
    fill_visit(driver, "31", "02", "2025")
    assert_date_error(driver, save_visit(driver))
    assert driver.find_element(By.ID, "visit_date-day").get_attribute("value") == "31"
    assert driver.find_element(By.ID, "visit_date-month").get_attribute("value") in ("02", "2")

    assert len(chronology_rows(driver, base_url, child)) == rows_before, "a bad visit was saved"


def test_a_practitioner_cannot_reach_user_admin(base_url, driver):
    sign_in(driver, base_url, "worker")
    last_status(driver)
    driver.get(f"{base_url}/admin/users")
    wait_for_page(driver)
    assert last_status(driver) == 403
    assert h1_text(driver) == "You do not have access to this page"
    check_axe(driver)


def test_an_administrator_can_reach_user_admin(base_url, driver):
    sign_in(driver, base_url, "admin")
    last_status(driver)
    driver.get(f"{base_url}/admin/users")
    assert last_status(driver) == 200
    assert h1_text(driver) == "Users"
    check_axe(driver)


def test_the_administrator_sees_who_viewed_a_record(base_url, driver):
    sign_in(driver, base_url, "worker")
    child = find_child(driver, base_url)
    assert not driver.find_elements(By.ID, "access-log"), "only an administrator sees the access log"

    sign_out(driver)
    sign_in(driver, base_url, "admin")
    driver.get(base_url + child)
    log = driver.find_element(By.ID, "access-log")
    assert "Who has viewed this record" in log.text
    cells = [cell.text.strip() for cell in log.find_elements(By.CSS_SELECTOR, "table td")]
    assert any(re.search(r"\bworker\b", cell) for cell in cells), (
        f"'worker' should be listed in #access-log's table; its cells are: {cells}"
    )
    check_axe(driver)  # the child's page as an administrator
