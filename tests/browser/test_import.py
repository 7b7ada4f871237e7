"""Importing returns in a real browser, with axe: an analyst uploads a CIN census, reads what
the import would change (children new and refused, with where and why), confirms, and goes to
a child the import added."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import check_axe, click_and_wait, h1_text, last_status, path_of, sign_in, submit_button

# Three children from the DfE's public fake CIN census: two Harbour takes, one it refuses.
CENSUS = Path(__file__).resolve().parent / "fixtures" / "cin_census_small.xml"


def summary_value(driver, key: str) -> str:
    return driver.find_element(By.XPATH, f"//dt[normalize-space()='{key}']/following-sibling::dd").text.strip()


def test_an_analyst_checks_a_census_then_imports_it(base_url, driver):
    sign_in(driver, base_url, "analyst")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Returns"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Import a CIN census or SSDA903 files"))
    assert h1_text(driver) == "Import returns"
    check_axe(driver)

    # No file chosen: the error summary says so and links to the field.
    click_and_wait(driver, submit_button(driver, "cin"))
    assert last_status(driver) == 422
    summary = driver.find_element(By.CSS_SELECTOR, ".govuk-error-summary")
    assert "Choose a CIN census XML file or SSDA903 CSV files to import" in summary.text
    assert summary.find_element(By.TAG_NAME, "a").get_attribute("href").endswith("#cin")
    check_axe(driver)

    driver.find_element(By.ID, "cin").send_keys(str(CENSUS))
    year = driver.find_element(By.ID, "year")
    year.clear()
    year.send_keys("2021-22")
    click_and_wait(driver, submit_button(driver, "cin"))
    assert last_status(driver) == 200
    assert h1_text(driver) == "Check what the import would change"
    assert summary_value(driver, "Children new to Harbour") == "2"
    assert summary_value(driver, "Children refused") == "1"
    refused = driver.find_elements(By.CSS_SELECTOR, "#refused tbody tr")
    assert refused, "the refused child is listed with its reasons"
    cells = [cell.text for cell in refused[0].find_elements(By.TAG_NAME, "td")]
    assert cells[1].startswith("cin_census_small.xml, line "), cells
    assert cells[3], "each reason says what is wrong"
    check_axe(driver)

    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Confirm import']"))
    assert last_status(driver) == 200
    assert h1_text(driver) == "Returns imported"
    banner = driver.find_element(By.CSS_SELECTOR, ".govuk-notification-banner__heading").text
    assert banner.startswith("Imported 2 children new to Harbour")
    children = driver.find_elements(By.CSS_SELECTOR, "#imported tbody a")
    assert len(children) == 2
    check_axe(driver)

    click_and_wait(driver, children[0])
    parts = path_of(driver).strip("/").split("/")
    assert parts[0] == "children" and parts[1].isdigit()
