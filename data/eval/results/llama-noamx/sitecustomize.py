"""Measurement workaround, not product code: this VM's CPU reports AMX but faults on AMX tile instructions
(SIGILL in libggml-cpu's AMX extra buffer type). Turn llama.cpp's extra buffer types (AMX/repacked weights) off
in every Python process that loads llama_cpp (the product starts `python -m llama_cpp.server` as a child; the
child inherits PYTHONPATH)."""
import importlib.abc
import sys


def _patch(module):
    original = module.llama_model_default_params

    def default_params():
        params = original()
        params.use_extra_bufts = False
        return params

    module.llama_model_default_params = default_params


class _Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "llama_cpp.llama_cpp":
            return None
        sys.meta_path.remove(self)
        try:
            import importlib.util
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        loader = spec.loader
        exec_module = loader.exec_module

        def patched_exec(module):
            exec_module(module)
            _patch(module)

        loader.exec_module = patched_exec
        return spec


sys.meta_path.insert(0, _Hook())
