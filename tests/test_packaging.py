"""An installed wheel must work without the checkout: the prompts and the sample digest ship inside it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_list_names_every_code_package():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = set(find_packages(str(ROOT), include=["assistant*", "ui*"]))
    assert on_disk <= listed, f"add to pyproject [tool.setuptools] packages: {sorted(on_disk - listed)}"


@pytest.mark.slow
def test_wheel_ships_prompts_and_sample(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    names = zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist()
    prompts = {p.name for p in (ROOT / "prompts").iterdir()}
    assert {f"assistant/prompt_files/{p}" for p in prompts} <= set(names)
    assert any(n.startswith("assistant/sample_digests/") and n.endswith(".md") for n in names)
    assert "assistant/chains/digest/common_terms.json" in names  # theme names weigh terms by it
    # and the shipped folders are what an installed package reads
    site = tmp_path / "site"
    zipfile.ZipFile(next(tmp_path.glob("*.whl"))).extractall(site)
    code = ("import assistant.settings as s; s.IN_CHECKOUT = False; "
            "print(s.shipped('prompt_files', 'prompts')); print(s.shipped('sample_digests', 'data/sample'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}).stdout.split()
    assert out == [str(site / "assistant" / "prompt_files"), str(site / "assistant" / "sample_digests")]
