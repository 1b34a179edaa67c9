"""Emit StableHLO for Hugging Face decoder-only LLMs and run it."""

from .config import ConfigError, ModelConfig, load_config
from .forward import KINDS, emit

__all__ = ["ConfigError", "KINDS", "ModelConfig", "emit", "load_config"]
