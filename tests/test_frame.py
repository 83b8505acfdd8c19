"""Promises the frame makes: no telemetry, a diary-sized upload limit, browser tests that cannot vanish in CI."""
import tomllib

import pytest

from tests.browser import conftest as browser_conftest
from tests.helpers import ROOT


def test_config_sends_no_usage_statistics_and_limits_uploads():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert 1 <= config["server"]["maxUploadSize"] <= 50


def test_requirements_txt_is_the_only_dependency_file_a_deploy_sees():
    # Community Cloud picks one dependency file; test tools must not reach the deployed app.
    for other in ("pyproject.toml", "Pipfile", "environment.yml", "uv.lock", "poetry.lock"):
        assert not (ROOT / other).exists(), other
    app_reqs = (ROOT / "requirements.txt").read_text()
    assert "pytest" not in app_reqs and "playwright" not in app_reqs
    assert "-r requirements.txt" in (ROOT / "requirements-dev.txt").read_text()


def test_missing_browser_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run in CI"):
        browser_conftest._missing_browser("no Chromium at /nowhere")


def test_missing_browser_skips_with_instructions_on_a_users_machine(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        browser_conftest._missing_browser("no Chromium at /nowhere")


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text().splitlines()
    command = next(line.split("#")[0].strip() for line in readme if "requirements-dev.txt" in line and "pytest" in line)
    assert command in (ROOT / ".ci" / "run").read_text()
