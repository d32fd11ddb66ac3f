# kickoff-tui front door. `make run` and `make test` bootstrap .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
AGENDA ?= client-kickoff

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

run: $(STAMP) ## Open the app on the bundled default agenda (AGENDA=name or path to change)
	$(BIN)/kickoff run $(AGENDA)

test: $(STAMP) ## Run the whole test suite
	$(BIN)/python -m pytest

check: $(STAMP) ## ruff and mypy --strict on the package
	$(BIN)/ruff check kickoff_tui tests benchmarks
	$(BIN)/ruff format --check kickoff_tui
	$(BIN)/mypy --strict kickoff_tui

bench: $(STAMP) ## Speed, memory and durability against a bare Textual app
	$(BIN)/python -m benchmarks

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
