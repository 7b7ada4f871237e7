"""The performance dashboard, an indicator and the children behind it, in a real browser, with axe."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from conftest import check_axe, click_and_wait, h1_text, last_status, sign_in, wait_for_page


def test_an_analyst_goes_from_the_dashboard_to_the_children_behind_a_figure(council_url, driver):
    sign_in(driver, council_url, "analyst")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Performance"))
    assert h1_text(driver) == "Performance dashboard"
    for area in ("front-door", "child-protection", "children-in-care", "permanence", "care-leavers", "workforce"):
        assert driver.find_element(By.ID, f"area-{area}")
    check_axe(driver)

    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Children looked after per 10,000"))
    assert h1_text(driver) == "Children looked after per 10,000 children"
    svg = driver.find_element(By.CSS_SELECTOR, "figure.harbour-chart svg")
    assert svg.get_attribute("role") == "img"
    assert "Definition" in driver.page_source
    check_axe(driver)

    # The figure's children: as many rows (over the pages) as the figure counts.
    driver.get(f"{council_url}/dashboard/CLA-01?period=2026-03")
    wait_for_page(driver)
    numerator = driver.find_element(By.XPATH, "//dt[normalize-space()='Numerator']/following-sibling::dd").text.split()[0]
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "List them"))
    assert h1_text(driver) == f"{numerator} behind the figure"
    rows = driver.find_elements(By.CSS_SELECTOR, "#indicator-children tbody tr")
    assert len(rows) == min(100, int(numerator))
    check_axe(driver)


def test_an_impossible_period_is_refused_with_the_reason(council_url, driver):
    sign_in(driver, council_url, "manager")
    driver.get(f"{council_url}/dashboard?period=2014-13")
    wait_for_page(driver)
    assert last_status(driver) == 400
    assert "months run from 01 to 12" in driver.page_source
    driver.get(f"{council_url}/dashboard/NOPE-01")
    wait_for_page(driver)
    assert last_status(driver) == 404
    assert 'There is no indicator "NOPE-01"' in driver.page_source


def test_an_analyst_sets_a_target_and_the_rating_follows(council_url, driver):
    sign_in(driver, council_url, "analyst")
    driver.get(f"{council_url}/dashboard")
    wait_for_page(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Population, targets and benchmarks"))
    assert h1_text(driver) == "Reference data"
    assert driver.find_element(By.ID, "population")
    check_axe(driver)

    driver.get(f"{council_url}/reference-data/indicators/ASM-01")
    wait_for_page(driver)
    target = driver.find_element(By.ID, "target")
    target.clear()
    target.send_keys("150")
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button.govuk-button"))
    assert last_status(driver) == 422
    summary = driver.find_element(By.CSS_SELECTOR, ".govuk-error-summary")
    assert "Target must be a percentage from 0 to 100" in summary.text
    check_axe(driver)

    target = driver.find_element(By.ID, "target")
    target.clear()
    target.send_keys("99")
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button.govuk-button"))
    assert h1_text(driver).startswith("Assessments")
    target_row = driver.find_element(By.XPATH, "//dt[normalize-space()='Target']/following-sibling::dd").text
    assert target_row.startswith("99")
