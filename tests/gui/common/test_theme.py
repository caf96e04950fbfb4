"""View ▸ Theme: each theme applies at once and is remembered; High contrast's text and the
plots' lines measured by WCAG's contrast ratio; the series colours' order; the canvas, charts and
plots follow a switch."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gui.common import theme as theme_module
from gui.common.contrast import contrast_ratio, relative_luminance, with_contrast
from gui.common.icons import INK
from gui.common.plot_style import (
    LINE_CONTRAST,
    REFERENCE_COLOR,
    SERIES_COLORS,
    TEST_COLOR,
    TRAIN_COLOR,
    VALIDATION_COLOR,
    series_colors,
)
from gui.common.theme import (
    INDICATOR_SIDE,
    INDICATORS,
    THEME_KEY,
    TICK,
    Theme,
    apply_theme,
    palette,
    remembered_theme,
)
from gui.main_window import MainWindow
from gui.train.plots import TrainingPlots
from model.resources import icon_path
from tests.gui.helpers import make_window

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
EXPLICIT = (Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST)
TEXT_ON_BACKGROUND = (
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase), (Role.PlaceholderText, Role.Base),
    (Role.Highlight, Role.Window),  # the probability chart writes its top class in it
)
DISABLED_TEXT = ((Role.WindowText, Role.Window), (Role.Text, Role.Base),
                 (Role.ButtonText, Role.Button))
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#000000"}


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp):
    """The application's palette outlives a test: give the next one the platform's again."""
    yield
    apply_theme(Theme.SYSTEM)


def window_color() -> str:
    return QApplication.instance().palette().color(Role.Window).name()


def wait_for_palette(qtbot, *widgets) -> None:
    """Wait until ``widgets`` have the application's palette (Qt hands it on in posted
    events)."""
    for widget in widgets:
        qtbot.waitUntil(lambda shown=widget: shown.palette() == QApplication.palette())


def switch(qtbot, theme: Theme, *widgets) -> None:
    apply_theme(theme)
    wait_for_palette(qtbot, *widgets)


def theme_action(window: MainWindow, theme: Theme) -> QAction:
    return window.findChild(QAction, f"theme-{theme.value}")


def test_contrast_ratio_is_wcags():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_with_contrast_keeps_the_hue_and_moves_only_as_far_as_needed():
    assert with_contrast("#0072B2", "#ffffff", 3.0).name() == "#0072b2"  # already 5:1
    orange = with_contrast("#E69F00", "#ffffff", 3.0)
    assert 3.0 <= contrast_ratio(orange, "#ffffff") < 3.3
    assert orange.hslHue() == pytest.approx(41, abs=2)
    blue = with_contrast("#0072B2", "#000000", 7.0)
    assert contrast_ratio(blue, "#000000") >= 7.0 and blue.hslHue() == pytest.approx(202, abs=2)


@pytest.mark.parametrize("theme", EXPLICIT)
def test_every_text_role_is_readable_on_its_background(theme):
    colors = palette(theme)
    needed = 7.0 if theme is Theme.HIGH_CONTRAST else 4.5
    for text, background in TEXT_ON_BACKGROUND:
        if theme is not Theme.HIGH_CONTRAST and (text, background) == (Role.Highlight,
                                                                      Role.Window):
            continue  # a highlighted bar's label in Light and Dark: large and bold enough
        ratio = contrast_ratio(colors.color(text), colors.color(background))
        assert ratio >= needed, (theme, text, background, ratio)


def test_high_contrasts_disabled_text_stays_readable_but_looks_disabled():
    colors = palette(Theme.HIGH_CONTRAST)
    for text, background in DISABLED_TEXT:
        disabled = contrast_ratio(colors.color(Group.Disabled, text),
                                  colors.color(Group.Disabled, background))
        assert 4.5 <= disabled < contrast_ratio(colors.color(text), colors.color(background))


@pytest.mark.parametrize("theme", list(INDICATORS))
def test_check_boxes_show_their_edge_and_their_state_on_a_dark_window(theme):
    """Fusion's own box edge is the window colour made darker: gone on a dark window."""
    drawn, window = INDICATORS[theme], palette(theme).color(Role.Window)
    assert contrast_ratio(drawn.frame, window) >= LINE_CONTRAST
    assert contrast_ratio(drawn.on, drawn.off) >= LINE_CONTRAST
    assert contrast_ratio(drawn.on, window) >= LINE_CONTRAST
    assert contrast_ratio(INK, drawn.on) >= LINE_CONTRAST  # the tick on a checked box


@pytest.mark.parametrize("theme", list(INDICATORS))
def test_a_disabled_checked_box_looks_disabled_but_still_checked(theme):
    """Filled with the enabled highlight it would look as if it could be clicked."""
    drawn = INDICATORS[theme]
    assert drawn.disabled != drawn.on
    assert contrast_ratio(drawn.disabled, drawn.off) >= LINE_CONTRAST
    assert contrast_ratio(INK, drawn.disabled) >= LINE_CONTRAST
    assert f"indicator:checked:disabled {{\n    background: {drawn.disabled}; }}" in (
        drawn.style_sheet())


@pytest.mark.parametrize("theme", list(INDICATORS))
def test_radio_buttons_stay_round(theme):
    """Qt draws a corner radius over half the box as a square corner: a square radio button."""
    drawn = INDICATORS[theme]
    framed = INDICATOR_SIDE + 2 * drawn.width
    assert framed / 2 - 1 <= drawn.radio_radius <= framed / 2
    assert f"border-radius: {drawn.radio_radius}px" in drawn.style_sheet()


def test_the_dark_themes_style_sheet_frames_the_boxes_and_ticks_them(qtbot):
    for theme, drawn in INDICATORS.items():
        apply_theme(theme)
        style_sheet = QApplication.instance().styleSheet()
        assert f"solid {drawn.frame}" in style_sheet
        assert f'image: url("{icon_path(TICK).as_posix()}")' in style_sheet
    assert icon_path(TICK).is_file()
    apply_theme(Theme.LIGHT)
    assert QApplication.instance().styleSheet() == ""


@pytest.mark.parametrize("theme", EXPLICIT)
def test_every_plot_line_stands_out_from_every_plot_background(theme):
    """Plots are drawn on the base colour; the Train tab's legend shows its symbols on the
    window's."""
    colors = palette(theme)
    base, window = colors.color(Role.Base), colors.color(Role.Window)
    on_base = (*series_colors(base), TRAIN_COLOR, VALIDATION_COLOR, TEST_COLOR, REFERENCE_COLOR)
    on_window = (TRAIN_COLOR, VALIDATION_COLOR, TEST_COLOR, REFERENCE_COLOR)
    for lines, background in ((on_base, base), (on_window, window)):
        for line in lines:
            assert contrast_ratio(line, background) >= LINE_CONTRAST, (theme, line, background)
    axis_text = contrast_ratio(colors.color(Role.Text), base)
    assert axis_text >= (7.0 if theme is Theme.HIGH_CONTRAST else 4.5)


def test_series_colours_are_okabe_and_itos_in_a_fixed_order():
    assert set(SERIES_COLORS) <= OKABE_ITO and "#F0E442" not in SERIES_COLORS
    assert SERIES_COLORS[:5] == ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000")
    on_white, on_black = series_colors("#ffffff"), series_colors("#000000")
    assert on_white[:5] == tuple(color.lower() for color in SERIES_COLORS[:5])
    assert on_black[4] == "#ffffff"  # black swapped for white on a dark background
    assert on_black[:4] == on_white[:4]
    for colors in (on_white, on_black, series_colors(palette(Theme.DARK).color(Role.Base))):
        assert len(set(colors)) == len(SERIES_COLORS)


def test_each_theme_applies_at_once_and_is_remembered(qtbot, settings):
    """Qt warnings fail a test: switching through every theme gives none."""
    system = window_color()
    window = make_window(qtbot, settings)
    expected = {Theme.LIGHT: "#f0f0f0", Theme.DARK: "#202020", Theme.HIGH_CONTRAST: "#000000"}
    for theme in (*EXPLICIT, Theme.SYSTEM):
        theme_action(window, theme).trigger()
        wait_for_palette(qtbot, window)
        assert settings.value(THEME_KEY) == theme.value
        assert theme_action(window, theme).isChecked()
        assert sum(action.isChecked() for action in theme_action(window, theme).actionGroup()
                   .actions()) == 1
        high_contrast_style = QApplication.instance().styleSheet()
        assert ("QSlider::handle" in high_contrast_style) == (theme is Theme.HIGH_CONTRAST)
        assert window_color() == expected.get(theme, system)
    theme_action(window, Theme.DARK).trigger()
    apply_theme(Theme.SYSTEM)  # as a new start would find it
    again = make_window(qtbot, settings)
    assert theme_action(again, Theme.DARK).isChecked() and window_color() == "#202020"


def test_a_value_that_is_no_theme_means_system(settings):
    settings.setValue(THEME_KEY, "purple")
    assert remembered_theme(settings) is Theme.SYSTEM
    assert remembered_theme(QSettings()) is Theme.SYSTEM


def test_system_is_high_contrast_when_the_platform_asks_for_it(qtbot, monkeypatch):
    monkeypatch.setattr(theme_module, "platform_wants_high_contrast", lambda: True)
    apply_theme(Theme.SYSTEM)
    assert window_color() == "#000000"
    monkeypatch.setattr(theme_module, "platform_wants_high_contrast", lambda: False)
    apply_theme(Theme.SYSTEM)
    assert window_color() != "#000000"


def test_system_follows_the_platforms_contrast_setting_as_it_changes(qtbot, monkeypatch):
    apply_theme(Theme.SYSTEM)
    monkeypatch.setattr(theme_module, "platform_wants_high_contrast", lambda: True)
    changed = QGuiApplication.styleHints().accessibility().contrastPreferenceChanged
    changed.emit(Qt.ContrastPreference.HighContrast)
    assert window_color() == "#000000"
    apply_theme(Theme.LIGHT)  # a theme of one's own is kept whatever the platform says
    changed.emit(Qt.ContrastPreference.HighContrast)
    assert window_color() == "#f0f0f0"


def test_the_canvas_changes_its_colours_on_screen_only(qtbot, settings):
    window = make_window(qtbot, settings)
    canvas = window.canvas()
    centre = canvas.rect().center()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre)
    network_image = canvas.image().copy()
    assert network_image.min() < 64 and np.median(network_image) == 255  # dark on white
    paper = canvas._paper_rect().topLeft().toPoint() + QPoint(20, 20)
    for theme in (Theme.DARK, Theme.HIGH_CONTRAST):
        switch(qtbot, theme, canvas)
        shown = canvas.grab().toImage()
        assert shown.pixelColor(centre).name() == palette(theme).color(Role.Text).name()
        assert shown.pixelColor(paper).name() == palette(theme).color(Role.Base).name()
        assert np.array_equal(canvas.image(), network_image)  # the network's stays as it was


def test_charts_and_plots_follow_a_switch(qtbot, settings):
    plots, chart = TrainingPlots(), make_window(qtbot, settings).prediction_view().chart()
    qtbot.addWidget(plots)
    for theme in EXPLICIT:
        switch(qtbot, theme, plots, chart.parentWidget())
        colors = palette(theme)
        for plot in (plots._loss_plot, plots._accuracy_plot):
            assert plot.backgroundBrush().color() == colors.color(Role.Base)
            axis = plot.getPlotItem().getAxis("left")
            assert axis.textPen().color() == colors.color(Role.Text)
        assert chart.backgroundBrush().color() == colors.color(Role.Window)
        assert chart.getAxis("left").textPen().color() == colors.color(Role.Text)
