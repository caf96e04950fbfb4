# DigitLab: `make run` sets everything up and opens the app; `make test` sets up and runs all tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install translations test-tools chromium run test lint bench default-model screenshots clean dist dist-check \
	bundle packages build-tools

# The window's languages: .ts sources in git (`make translations` refreshes them from the code),
# .qm catalogues compiled from them by every build (git-ignored). See docs/translating.md.
TS_FILES := $(wildcard resources/translations/digitlab_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

install: $(STAMP) $(QM_FILES)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "DigitLab needs Python 3.11 or newer; found " + sys.version.split()[0] + ". Set PYTHON=/path/to/python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(PY) packaging/source_tree.py --catalogue $< $@

translations: $(STAMP)
	$(PY) -m tests.translations $(TS_FILES)

run: install
	$(PY) main.py

# What the export round trips need besides Python packages: TF.js from the npm registry (cached,
# git-ignored; never a CDN at run time) and the system's Chromium (Playwright never downloads one).
TFJS := .cache/npm/tensorflow-tfjs-4.22.0.tgz

test-tools: $(TFJS) chromium

$(TFJS):
	@$(call apt_install,npm,npm)
	mkdir -p $(dir $@)
	cd $(dir $@) && npm pack --silent @tensorflow/tfjs@4.22.0 > /dev/null

chromium:
	@$(call apt_install,chromium,chromium)

# $(call apt_install,COMMAND,PACKAGE): nothing when COMMAND exists; else apt-get install PACKAGE
# as root (CI), or say what to install.
apt_install = command -v $(1) > /dev/null || { \
	if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(2); \
	else echo "The export tests need $(1): sudo apt-get install $(2)" >&2; exit 1; fi; }

test: install test-tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Style (ruff) and architecture (import-linter contracts); `make test` runs both too.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

# Speed and accuracy figures (tables on stdout; add ARGS=--json for JSON). ~25 minutes in all.
bench: install test-tools
	$(PY) bench/predict_latency.py $(ARGS)
	$(PY) bench/drawn_digits.py $(ARGS)
	$(PY) bench/training_overhead.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/gui_latency.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/insight_latency.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/drawn_canvas.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/idle_memory.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/gui_responsiveness.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/panel_overhead.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/stop_latency.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/train_cycles_memory.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/image_fuzz.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/language_switch.py $(ARGS)
	$(PY) bench/run_history.py $(ARGS)
	$(PY) bench/accuracy.py $(ARGS)
	$(PY) bench/export.py $(ARGS)

# Real windows under Xvfb (needs: apt-get install xvfb libxkbcommon-x11-0 libxcb-cursor0 …, see README).
screenshots: install test-tools
	$(PY) docs/screenshot.py
	$(PY) docs/screenshot.py --tab Inside --size 1280x800 --out docs/insight.png
	$(PY) docs/screenshot.py --language de --train --size 1500x820 --out docs/window-de.png
	$(PY) docs/screenshot.py --language zh_CN --size 1500x820 --out docs/window-zh_CN.png
	$(PY) docs/screenshot.py --theme dark --tab Inside --train --size 1280x640 \
		--out docs/theme-dark.png
	$(PY) docs/screenshot.py --theme high-contrast --tab Inside --train --size 1280x640 \
		--out docs/theme-high-contrast.png
	$(PY) docs/screenshot_training.py
	$(PY) docs/screenshot_training.py --window-sizes --epochs 2 --limit 3000
	$(PY) docs/screenshot_runs.py
	$(PY) docs/screenshot_page.py --scale 2
	$(PY) docs/screenshot_lessons.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/lesson_pictures.py

# The new model is read beside the one it replaces (new writers, MNIST, the scanned checks), then
# takes its place.
default-model: install
	mkdir -p .cache
	$(PY) main.py train --preset "DigitLab best" --slim --out .cache/default-model.keras
	$(PY) bench/drawn_digits.py --model .cache/default-model.keras \
		--compare resources/models/mnist-mlp.keras
	mv .cache/default-model.keras resources/models/mnist-mlp.keras

# Installers (packaging/README.md): a one-folder PyInstaller bundle built in its own venv with
# tensorflow-cpu (`make bundle`, ~12 minutes), then `make packages`: the archive
# dist/DigitLab-<version>-linux-x86_64.tar.xz, dist/digitlab_<version>_amd64.deb and
# dist/digitlab-<version>-1.x86_64.rpm, then dist-check (lintian, the smoke tests). The build
# tools come from Debian: packaging/build_tools.sh checks them (and installs them as root).
DIST_VENV  := .venv-dist
DIST_PY    := $(DIST_VENV)/bin/python
DIST_STAMP := $(DIST_VENV)/.installed
VERSION     = $(shell $(PYTHON) -c 'import model; print(model.__version__)')
BUNDLE     := dist/DigitLab
ICON       := resources/icons/digitlab.svg

$(DIST_STAMP): pyproject.toml packaging/dist_requirements.py
	test -x $(DIST_PY) || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PYTHON) packaging/dist_requirements.py > $(DIST_VENV)/requirements.txt
	$(DIST_PY) -m pip install --quiet --disable-pip-version-check -r $(DIST_VENV)/requirements.txt
	touch $(DIST_STAMP)

build-tools:
	packaging/build_tools.sh

bundle: build-tools $(DIST_STAMP)
	$(DIST_PY) packaging/source_tree.py build/source
	$(DIST_PY) -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall build/source
	$(DIST_VENV)/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
		--distpath dist packaging/digitlab.spec
	$(PYTHON) packaging/runpaths.py $(BUNDLE)

packages: build-tools
	tar --owner=0 --group=0 --numeric-owner --sort=name -C $(dir $(BUNDLE)) \
		-cf - $(notdir $(BUNDLE)) | xz -6 -T2 > dist/DigitLab-$(VERSION)-linux-x86_64.tar.xz
	PYTHON=$(PYTHON) packaging/build_deb.sh $(VERSION) $(BUNDLE) $(ICON) \
		dist/digitlab_$(VERSION)_amd64.deb
	PYTHON=$(PYTHON) packaging/build_rpm.sh $(VERSION) $(BUNDLE) $(ICON) dist
	$(MAKE) dist-check

dist: bundle
	$(MAKE) packages

dist-check: build-tools
	PYTHON=$(PYTHON) packaging/check_dist.sh $(VERSION)

clean:
	rm -rf $(VENV) $(DIST_VENV) .pytest_cache .cache build dist *.egg-info
