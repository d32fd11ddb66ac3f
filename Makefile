# kickoff-tui front door. `make run` and `make test` bootstrap .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
AGENDA ?= client-kickoff
# markdownlint (Node) lints generated minutes in the tests; installed next to the venv
MDLINT_VERSION := 0.24.1
NODE_DIR := $(VENV)/node
MDLINT_STAMP := $(NODE_DIR)/.installed-markdownlint-cli2-$(MDLINT_VERSION)

.DEFAULT_GOAL := help
.PHONY: help run test check bench clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Without npm (or offline) this says so and carries on: the markdownlint tests then skip.
$(MDLINT_STAMP): | $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix $(NODE_DIR) --no-audit --no-fund --silent \
			markdownlint-cli2@$(MDLINT_VERSION) && touch $@ \
		|| echo "warning: npm could not install markdownlint-cli2; the markdownlint tests will skip"; \
	else \
		echo "note: npm not found; the markdownlint tests will skip (install Node.js to run them)"; \
	fi

run: $(STAMP) ## Open the app on the bundled default agenda (AGENDA=name or path to change)
	$(BIN)/kickoff run $(AGENDA)

test: $(STAMP) $(MDLINT_STAMP) ## Run the whole test suite
	$(BIN)/python -m pytest

check: $(STAMP) ## ruff and mypy --strict on the package
	$(BIN)/ruff check kickoff_tui tests benchmarks
	$(BIN)/ruff format --check kickoff_tui
	$(BIN)/mypy --strict kickoff_tui

bench: $(STAMP) ## Speed, memory and durability against a bare Textual app
	$(BIN)/python -m benchmarks

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
