"""The stylesheet on its own: every component, no server needed.

Opens fixtures/components.html (which links Sources/HarbourWeb/Resources/harbour.css) from disk
and checks it with axe at desktop and phone widths, then checks the styles
the Design System's patterns depend on: link and focus colours, the body
size, the custom radios and checkboxes working by click and keyboard.
"""

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import check_axe

PAGE = (Path(__file__).parent / "fixtures" / "components.html").resolve().as_uri()

BLACK = "rgba(11, 12, 12, 1)"
YELLOW = "rgba(255, 221, 0, 1)"


def style(driver, selector: str, prop: str, pseudo: str | None = None) -> str:
    return driver.execute_script(
        "return getComputedStyle(document.querySelector(arguments[0]), arguments[2])"
        ".getPropertyValue(arguments[1])",
        selector,
        prop,
        pseudo,
    )


@pytest.fixture
def page(driver):
    driver.get(PAGE)
    # The stylesheet really loaded (a wrong path would leave default styles).
    assert style(driver, ".govuk-header", "background-color") == "rgb(11, 12, 12)"
    return driver


def test_components_pass_axe_on_desktop(page):
    check_axe(page)


def test_components_pass_axe_on_a_phone(page):
    page.set_window_size(375, 800)
    check_axe(page)
    assert style(page, "body", "font-size") == "16px"
    # Columns stack: the one-third column is as wide as the row.
    widths = page.execute_script(
        "const c = document.querySelector('.govuk-grid-column-one-third');"
        "return [c.getBoundingClientRect().width, c.parentElement.getBoundingClientRect().width];"
    )
    assert abs(widths[0] - widths[1]) < 1


def test_desktop_type_and_links(page):
    assert style(page, "body", "font-size") == "19px"
    assert style(page, "body", "color") == "rgb(11, 12, 12)"
    assert style(page, "p.govuk-body .govuk-link", "color") == "rgb(29, 112, 184)"
    container = page.find_element(By.CSS_SELECTOR, "main").find_element(By.XPATH, "..")
    assert container.size["width"] <= 1020


def test_link_focus_is_yellow_with_black_underline(page):
    link = page.find_element(By.CSS_SELECTOR, "p.govuk-body .govuk-link")
    page.execute_script("arguments[0].focus()", link)
    assert link.value_of_css_property("background-color") == YELLOW
    assert link.value_of_css_property("color") == BLACK
    assert "rgb(11, 12, 12) 0px 4px 0px" in link.value_of_css_property("box-shadow")


def test_skip_link_appears_on_focus(page):
    skip = page.find_element(By.CSS_SELECTOR, ".govuk-skip-link")
    assert skip.size["width"] <= 1
    page.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert page.switch_to.active_element == skip
    assert skip.size["width"] > 100
    assert skip.value_of_css_property("background-color") == YELLOW


def test_button_focus_is_yellow(page):
    button = page.find_element(By.CSS_SELECTOR, ".govuk-button:not(.govuk-button--secondary)")
    assert button.value_of_css_property("background-color") == "rgba(0, 112, 60, 1)"
    page.execute_script("arguments[0].focus()", button)
    assert button.value_of_css_property("background-color") == YELLOW
    assert button.value_of_css_property("color") == BLACK


def test_radios_and_checkboxes_work_by_click_and_keyboard(page):
    no = page.find_element(By.ID, "child_seen-no")
    page.find_element(By.CSS_SELECTOR, "label[for='child_seen-no']").click()
    assert no.is_selected()
    # Clicking the drawn circle (where the invisible input sits) works too.
    yes = page.find_element(By.ID, "child_seen-yes")
    yes.click()
    assert yes.is_selected() and not no.is_selected()
    # Keyboard focus draws a yellow ring round the circle.
    page.execute_script("arguments[0].focus()", yes)
    ring = style(page, "label[for='child_seen-yes']", "box-shadow", "::before")
    assert "rgb(255, 221, 0)" in ring
    # Checkboxes toggle with the space bar.
    box = page.find_element(By.ID, "present-sibling")
    page.execute_script("arguments[0].focus()", box)
    box.send_keys(Keys.SPACE)
    assert box.is_selected()


def test_error_summary_links_are_red_and_bold(page):
    link = ".govuk-error-summary__list a"
    assert style(page, link, "color") == "rgb(212, 53, 28)"
    assert style(page, link, "font-weight") == "700"
    assert style(page, ".govuk-form-group--error", "border-left-color") == "rgb(212, 53, 28)"
