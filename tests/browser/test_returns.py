"""Statutory returns and data quality in a real browser, with axe: an analyst checks the
records against the DfE's rules, reads the findings by rule and team, and goes to the child."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from conftest import check_axe, click_and_wait, h1_text, last_status, sign_in, wait_for_page


def test_an_analyst_checks_the_records_and_goes_to_a_child_to_correct(council_url, driver):
    sign_in(driver, council_url, "analyst")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Returns"))
    assert h1_text(driver) == "Statutory returns"
    assert driver.find_element(By.ID, "ssda903-files")
    assert driver.find_element(By.ID, "annex-a-lists")
    check_axe(driver)

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "SSDA903 data quality"))
    assert h1_text(driver).startswith("SSDA903 (children looked after) data quality")
    check_axe(driver)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Check the records now']"))
    banner = driver.find_element(By.CSS_SELECTOR, ".govuk-notification-banner__heading").text
    assert banner.startswith("Checked ")
    assert driver.find_element(By.ID, "checks")
    check_axe(driver)

    # Every finding is put to a team or to "No case-holding worker": the teams add up.
    errors = int(driver.find_element(By.XPATH, "//dt[normalize-space()='Errors']/following-sibling::dd").text.replace(",", ""))
    team_errors = [int(row.find_elements(By.TAG_NAME, "td")[1].text.replace(",", ""))
                   for row in driver.find_elements(By.CSS_SELECTOR, "#by-team tbody tr")]
    assert sum(team_errors) == errors

    rules = driver.find_elements(By.CSS_SELECTOR, "#by-rule tbody tr")
    if rules:
        found = rules[0].find_elements(By.TAG_NAME, "td")[3].text
        click_and_wait(driver, rules[0].find_element(By.TAG_NAME, "a"))
        assert "what to fix" in h1_text(driver)
        assert len(driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr")) == min(100, int(found.replace(",", "")))
        check_axe(driver)
        children = driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr td:nth-child(3) a")
        if children:
            click_and_wait(driver, children[0])
            assert path_is_child(driver)


def path_is_child(driver) -> bool:
    from urllib.parse import urlparse
    parts = urlparse(driver.current_url).path.strip("/").split("/")
    return len(parts) == 2 and parts[0] == "children" and parts[1].isdigit()


def test_a_bad_collection_year_is_refused_with_the_reason(council_url, driver):
    sign_in(driver, council_url, "analyst")
    driver.get(f"{council_url}/returns/data-quality?return=cin&year=2025-27")
    wait_for_page(driver)
    assert last_status(driver) == 400
    assert "the second year follows the first, as in 2025-26" in driver.page_source
