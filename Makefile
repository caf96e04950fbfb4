# DigitLab: `make run` sets everything up and opens the app; `make test` sets up and runs all tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run test lint bench default-model screenshots clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "DigitLab needs Python 3.11 or newer; found " + sys.version.split()[0] + ". Set PYTHON=/path/to/python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

run: install
	$(PY) main.py

test: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: install
	$(VENV)/bin/lint-imports

# Speed and accuracy figures (tables on stdout; add ARGS=--json for JSON). ~25 minutes in all.
bench: install
	$(PY) bench/predict_latency.py $(ARGS)
	$(PY) bench/drawn_digits.py $(ARGS)
	$(PY) bench/training_overhead.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/gui_latency.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/drawn_canvas.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/idle_memory.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/gui_responsiveness.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/panel_overhead.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/stop_latency.py $(ARGS)
	$(PY) bench/accuracy.py $(ARGS)

# Real windows under Xvfb (needs: apt-get install xvfb libxkbcommon-x11-0 libxcb-cursor0 …, see README).
screenshots: install
	$(PY) docs/screenshot.py
	$(PY) docs/screenshot_training.py

default-model: install
	$(PY) main.py train --preset "DigitLab best" --slim --out resources/models/mnist-mlp.keras
	$(PY) bench/drawn_digits.py --model resources/models/mnist-mlp.keras

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
