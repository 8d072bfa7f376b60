"""bench/load.py in miniature: its own `serve` (mock LLM and embedder), two concurrent sessions, no crosstalk."""

import pytest

from bench.load import main

pytestmark = pytest.mark.timeout(300)


def test_two_sessions_no_errors_no_crosstalk():
    result = main(["--sessions", "2", "--embedder", "mock", "--llm", "mock", "--max-seconds", "60", "--timeout",
                   "30", "--no-write"])
    assert result["errors"] == 0, result["error_samples"]
    assert result["crosstalk"] == 0, result["crosstalk_samples"]
    assert result["followups_checked"] == 2
    assert result["endpoints"]["chat"]["n"] == 4 and result["endpoints"]["search"]["n"] == 6


@pytest.mark.slow
def test_the_crosstalk_check_catches_a_shared_chat_session():
    """Self-test of the detector: a server where every browser session shares one ChatSession."""
    result = main(["--sessions", "6", "--embedder", "mock", "--llm", "mock", "--max-seconds", "90", "--timeout",
                   "30", "--no-write", "--shared-state-bug"])
    assert result["errors"] == 0, result["error_samples"]
    assert result["crosstalk"] > 0
