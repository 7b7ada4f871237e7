"""Work lists, timescales and settings, in a real browser, with axe."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from conftest import check_axe, click_and_wait, h1_text, last_status, sign_in, submit_button, wait_for_page


def test_a_worker_sees_their_work_and_the_child_it_is_for(base_url, driver):
    sign_in(driver, base_url, "worker")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "My work"))
    assert h1_text(driver) == "My work"
    check_axe(driver)
    links = driver.find_elements(By.CSS_SELECTOR, "table a.child-link")
    assert links, "the demo worker holds children with work due"
    click_and_wait(driver, links[0])
    assert driver.find_element(By.ID, "due-dates"), "the child's page lists due dates"
    check_axe(driver)


def test_a_manager_sees_the_team_and_the_service(base_url, driver):
    sign_in(driver, base_url, "manager")
    driver.get(f"{base_url}/teams")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Neighbourhood North"))
    assert driver.find_element(By.ID, "team-work")
    assert "Caseload target" in driver.page_source
    check_axe(driver)
    driver.get(f"{base_url}/service")
    wait_for_page(driver)
    assert h1_text(driver) == "Timescales across the service"
    check_axe(driver)


def test_the_rule_book_shows_each_rule_with_its_source(base_url, driver):
    sign_in(driver, base_url, "analyst")
    driver.get(f"{base_url}/timescales")
    wait_for_page(driver)
    assert h1_text(driver) == "Timescale rules"
    check_axe(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Initial child protection conference"))
    assert "15 working days" in driver.page_source
    check_axe(driver)


def test_an_absurd_setting_is_refused_with_the_reason(base_url, driver):
    sign_in(driver, base_url, "admin")
    driver.get(f"{base_url}/admin/settings")
    wait_for_page(driver)
    assert h1_text(driver) == "Council settings"
    check_axe(driver)
    field = driver.find_element(By.ID, "cp_visit_interval")
    field.clear()
    field.send_keys("0")
    click_and_wait(driver, submit_button(driver, "cp_visit_interval"))
    assert last_status(driver) == 422
    summary = driver.find_element(By.CLASS_NAME, "govuk-error-summary").text
    assert "Child protection visits: must be at least 1 working day" in summary
    check_axe(driver)


def test_a_large_team_pages_its_children(council_url, driver):
    sign_in(driver, council_url, "manager")
    driver.get(f"{council_url}/teams")
    wait_for_page(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Neighbourhood"))
    caption = driver.find_element(By.CSS_SELECTOR, "#team-children caption").text
    assert "page 1 of" in caption, caption
    assert len(driver.find_elements(By.CSS_SELECTOR, "#team-children tbody tr")) == 100
    nav = driver.find_element(By.CSS_SELECTOR, "nav.govuk-pagination")
    assert nav.get_attribute("aria-label") == "Pages of the team's children"
    check_axe(driver)
    click_and_wait(driver, nav.find_element(By.CSS_SELECTOR, "a[rel=next]"))
    assert "page=2" in driver.current_url
    assert "page 2 of" in driver.find_element(By.CSS_SELECTOR, "#team-children caption").text
    current = driver.find_element(By.CSS_SELECTOR, "nav.govuk-pagination a[aria-current=page]")
    assert current.text == "2"
    check_axe(driver)
