"""The window's theme: the system's, Light, Dark or High contrast, remembered across starts.

``QStyleHints.setColorScheme`` tells Qt (and the platform, where it listens) which scheme is
wanted, but on the platforms DigitLab is tested on (xcb without a desktop's theme, offscreen) it
changes no colour at all, and styles that draw natively (Windows 11, macOS) ignore palettes. So
Light, Dark and High contrast are explicit palettes, drawn by the Fusion style, which honours
every role; *System* gives the platform its palette and style back. High contrast is white and
yellow on black, each text role ≥ 7:1 against its background (disabled text ≥ 4.5:1), tested in
tests/gui/common/test_theme.py; it is also what *System* shows when the platform asks for high
contrast (``QAccessibilityHints.contrastPreference``, Qt ≥ 6.10).

Every widget that paints with its own colours follows ``QEvent.PaletteChange``, which
``QApplication.setPalette`` sends to them all: a switch needs no signal of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from model.resources import icon_path

THEME_KEY = "view/theme"
EXPLICIT_STYLE = "Fusion"
"""The style that draws every palette role as given, on every platform."""
Role = QPalette.ColorRole


class Theme(Enum):
    """The themes the View menu offers, by the value kept in the settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


_SCHEMES = {
    Theme.SYSTEM: Qt.ColorScheme.Unknown,
    Theme.LIGHT: Qt.ColorScheme.Light,
    Theme.DARK: Qt.ColorScheme.Dark,
    Theme.HIGH_CONTRAST: Qt.ColorScheme.Dark,
}

_LIGHT = {
    Role.Window: "#f0f0f0", Role.WindowText: "#000000", Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f5f5", Role.Text: "#000000", Role.Button: "#f0f0f0",
    Role.ButtonText: "#000000", Role.BrightText: "#ffffff", Role.Highlight: "#1d6fb8",
    Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#ffffdc", Role.ToolTipText: "#000000",
    Role.PlaceholderText: "#666666", Role.Link: "#0b57d0", Role.LinkVisited: "#6a3fb5",
    Role.Light: "#ffffff", Role.Midlight: "#dcdcdc", Role.Mid: "#a0a0a0", Role.Dark: "#7f7f7f",
    Role.Shadow: "#4d4d4d",
}
"""Fusion's own light palette, but a window light enough that the Train tab's legend symbols
(Okabe–Ito green) stay ≥ 3:1 on it."""
_LIGHT_DISABLED = {Role.WindowText: "#767676", Role.Text: "#767676", Role.ButtonText: "#767676"}

_DARK = {
    Role.Window: "#202020", Role.WindowText: "#f0f0f0", Role.Base: "#161616",
    Role.AlternateBase: "#1c1c1c", Role.Text: "#f0f0f0", Role.Button: "#2d2d2d",
    Role.ButtonText: "#f0f0f0", Role.BrightText: "#ffffff", Role.Highlight: "#2f6fb3",
    Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#2d2d2d", Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#a8a8a8", Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9",
    Role.Light: "#4a4a4a", Role.Midlight: "#383838", Role.Mid: "#6e6e6e", Role.Dark: "#101010",
    Role.Shadow: "#000000",
}
"""Dark enough that the Okabe–Ito blue of the training curves stays ≥ 3:1 on window and base."""
_DARK_DISABLED = {Role.WindowText: "#9a9a9a", Role.Text: "#9a9a9a", Role.ButtonText: "#9a9a9a"}

_HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a", Role.Text: "#ffffff", Role.Button: "#000000",
    Role.ButtonText: "#ffffff", Role.BrightText: "#ffff00", Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000", Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffff00",
    Role.PlaceholderText: "#c8c8c8", Role.Link: "#00ffff", Role.LinkVisited: "#ff80ff",
    Role.Light: "#ffffff", Role.Midlight: "#ffffff", Role.Mid: "#ffffff", Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
}
"""White and yellow on black, as Windows' own high-contrast themes: the frames (Light … Shadow)
white so every control's outline shows."""
_HIGH_CONTRAST_DISABLED = {Role.WindowText: "#8c8c8c", Role.Text: "#8c8c8c",
                           Role.ButtonText: "#8c8c8c", Role.Highlight: "#8c8c8c"}


TICK = "check"
"""The icon a checked box shows in the dark themes (resources/icons/check.svg)."""
INDICATOR_SIDE = 13
"""A check or radio box's inside, in px (its frame is drawn around it)."""


@dataclass(frozen=True)
class Indicators:
    """How check and radio boxes are drawn in a dark theme. Fusion outlines them in the window
    colour made darker, which vanishes on a dark window: these themes frame them in ``frame``
    (≥ 3:1 against the window, as WCAG asks of a control's edge) and fill them with ``on``
    where checked (≥ 3:1 against ``off``, so the state shows without telling colours apart). A
    checked box also shows :data:`TICK` (a style sheet's indicator drops Fusion's own), drawn in
    :data:`~gui.common.icons.INK` on ``on`` as Windows' dark theme draws it. A disabled box is
    framed, and if checked filled, in ``disabled``: greyed like disabled text, yet still ticked."""

    frame: str
    on: str
    off: str
    disabled: str
    width: int

    @property
    def radio_radius(self) -> int:
        """Half the framed box, rounded down: Qt draws a rounder radius as a square corner."""
        return (INDICATOR_SIDE + 2 * self.width) // 2

    def style_sheet(self) -> str:
        return f"""
QCheckBox::indicator, QRadioButton::indicator {{
    width: {INDICATOR_SIDE}px; height: {INDICATOR_SIDE}px;
    border: {self.width}px solid {self.frame}; background: {self.off}; }}
QRadioButton::indicator {{ border-radius: {self.radio_radius}px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {self.on}; }}
QCheckBox::indicator:checked {{ image: url("{icon_path(TICK).as_posix()}"); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {self.disabled}; }}
QCheckBox::indicator:checked:disabled, QRadioButton::indicator:checked:disabled {{
    background: {self.disabled}; }}
"""


INDICATORS = {
    Theme.DARK: Indicators(frame=_DARK_DISABLED[Role.Text], on=_DARK[Role.Highlight],
                           off=_DARK[Role.Base], disabled=_DARK[Role.Mid], width=1),
    Theme.HIGH_CONTRAST: Indicators(frame=_HIGH_CONTRAST[Role.Mid],
                                    on=_HIGH_CONTRAST[Role.Highlight],
                                    off=_HIGH_CONTRAST[Role.Base],
                                    disabled=_HIGH_CONTRAST_DISABLED[Role.Text], width=2),
}
HIGH_CONTRAST_SLIDER = f"""
QSlider::groove:horizontal {{ height: 4px; background: {_HIGH_CONTRAST[Role.Mid]}; }}
QSlider::sub-page:horizontal {{ height: 4px; background: {_HIGH_CONTRAST[Role.Highlight]}; }}
QSlider::handle:horizontal {{ width: 14px; margin: -7px 0; border-radius: 9px;
    background: {_HIGH_CONTRAST[Role.Highlight]}; border: 2px solid {_HIGH_CONTRAST[Role.Mid]}; }}
"""
"""Fusion outlines a slider's handle in the window colour made darker too: black on black. In
High contrast it is framed in the frames' white and filled with the highlight's yellow."""
STYLE_SHEETS = {
    Theme.DARK: INDICATORS[Theme.DARK].style_sheet(),
    Theme.HIGH_CONTRAST: HIGH_CONTRAST_SLIDER + INDICATORS[Theme.HIGH_CONTRAST].style_sheet(),
}
"""The style sheet each theme adds to its palette (none for Light and System)."""

_PALETTES = {
    Theme.LIGHT: (_LIGHT, _LIGHT_DISABLED),
    Theme.DARK: (_DARK, _DARK_DISABLED),
    Theme.HIGH_CONTRAST: (_HIGH_CONTRAST, _HIGH_CONTRAST_DISABLED),
}


def palette(theme: Theme) -> QPalette:
    """The explicit palette of Light, Dark or High contrast (the accent is the highlight)."""
    colors, disabled = _PALETTES[theme]
    made = QPalette()
    for role, color in colors.items():
        made.setColor(role, QColor(color))
    made.setColor(Role.Accent, QColor(colors[Role.Highlight]))
    for role, color in disabled.items():
        made.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return made


def platform_wants_high_contrast() -> bool:
    """Whether the platform asks for high contrast (Qt ≥ 6.10 can tell; older ones never do)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        return False
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def shown_theme(theme: Theme) -> Theme:
    """The theme drawn for a choice: *System* is High contrast when the platform asks for it."""
    if theme is Theme.SYSTEM and platform_wants_high_contrast():
        return Theme.HIGH_CONTRAST
    return theme


class _Applied:
    """The theme chosen last, and the style the application started with (for *System*)."""

    chosen = Theme.SYSTEM
    system_style: str | None = None


def apply_theme(theme: Theme) -> None:
    """Show ``theme`` at once: every widget gets ``QEvent.PaletteChange`` and repaints."""
    _note_system_style()
    _Applied.chosen = theme
    QGuiApplication.styleHints().setColorScheme(_SCHEMES[theme])
    shown = shown_theme(theme)
    app = QApplication.instance()
    if shown is Theme.SYSTEM:
        _use_style(_Applied.system_style)
        app.setPalette(QPalette())  # no role set: the platform's palette again
    else:
        _use_style(EXPLICIT_STYLE)
        app.setPalette(palette(shown))
    app.setStyleSheet(STYLE_SHEETS.get(shown, ""))


def _use_style(name: str) -> None:
    """Change the style only when it differs: a style change re-polishes every widget."""
    app = QApplication.instance()
    if app.style().name().lower() != name.lower():
        app.setStyle(name)


def _note_system_style() -> None:
    """Before the first switch: keep the platform's style for *System*, and follow the
    platform's high-contrast setting as it changes while *System* is chosen."""
    if _Applied.system_style is not None:
        return
    _Applied.system_style = QApplication.instance().style().name()
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "accessibility"):
        hints.accessibility().contrastPreferenceChanged.connect(_platform_contrast_changed)


def _platform_contrast_changed() -> None:
    if _Applied.chosen is Theme.SYSTEM:
        apply_theme(Theme.SYSTEM)


def remembered_theme(settings: QSettings) -> Theme:
    """The theme kept in ``settings``; *System* when none is, or the value is not a theme."""
    try:
        return Theme(settings.value(THEME_KEY, Theme.SYSTEM.value))
    except (ValueError, TypeError):
        return Theme.SYSTEM


def choose_theme(theme: Theme, settings: QSettings) -> None:
    """Show ``theme`` and remember it for the next start."""
    apply_theme(theme)
    settings.setValue(THEME_KEY, theme.value)


def restore_theme(settings: QSettings) -> Theme:
    """Show the remembered theme (nothing to do for *System* at start: the cheap path)."""
    _note_system_style()
    theme = remembered_theme(settings)
    if theme is not Theme.SYSTEM or platform_wants_high_contrast():
        apply_theme(theme)
    return theme
