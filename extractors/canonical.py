"""Canonical names and family links for entities.

- ``clean_surface`` repairs extraction debris in a mention (unicode dashes, spaces);
- ``family_of`` links a version/size variant to its family ("Qwen3-8B" -> "Qwen3",
  "LLaMA-2-70B" -> "LLaMA-2", "AIME 2024" -> "AIME", "LiveCodeBench v6" -> "LiveCodeBench");
- ``merge_key`` is the key under which spellings of one thing meet.

>>> family_of("Qwen2.5-7B-Instruct", "model"), family_of("AIME24", "dataset"), family_of("GSM8K", "dataset")
('Qwen2.5', 'AIME', None)
"""
from __future__ import annotations

import functools
import re

from extractors.gazetteer import plus_key

DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
MODEL_SIZE = re.compile(r"^(?P<family>.+?)[- ](?P<size>\d+(?:\.\d+)?[BbMm])(?:[- ][\w.]+)*$")
DATASET_VERSION = re.compile(r"^(?P<family>[A-Za-z][\w-]*?)(?:[- ']?(?:(?:19|20)\d\d|\d\d)|[- ]v\d+(?:\.\d+)?|[- ]\d+(?:\.\d+)?|[- ]\d+x\d+|[- ]\d+px)$")


@functools.lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """One-line, ASCII-dashed, trimmed surface form (cached by text: the resolver cleans every
    candidate's and mention's surface, and the same names recur).

    >>> clean_surface("Qwen\\u2013VL  7B ")
    'Qwen-VL 7B'
    """
    text = DASHES.sub("-", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:.\"'")


@functools.lru_cache(maxsize=65536)
def family_of(name: str, type_: str) -> str | None:
    """The family a version or size variant belongs to, or None (cached: asked of every entity)."""
    if type_ == "model":
        m = MODEL_SIZE.match(name)
        if m:
            return m.group("family")
        return None
    if type_ == "dataset":
        m = DATASET_VERSION.match(name)
        if m and len(m.group("family")) >= 2 and m.group("family").upper() != name.upper():
            fam = m.group("family").rstrip("-")
            # "GSM8K", "C4", "STS17": digits that are part of the name, not a version
            if re.search(r"\d$", fam) or not re.search(r"[A-Za-z]{2}", fam):
                return None
            if re.fullmatch(r"[A-Za-z-]+\d[A-Za-z]", name):
                return None
            return fam
    return None


@functools.lru_cache(maxsize=65536)
def merge_key(name: str) -> str:
    """Spellings that differ only in case, punctuation or a plural s meet under one key; a "+" is kept, as it
    names another thing ("HumanEval+", "FlashDecoding++", "Command R+"), and meets its spelled-out form.

    >>> merge_key("Diffusion models") == merge_key("diffusion model")
    True
    >>> merge_key("HumanEval+") == merge_key("HumanEval"), merge_key("HumanEval+") == merge_key("HumanEvalPlus")
    (False, True)
    """
    k = plus_key(name)
    if len(k) > 4 and k.endswith("s") and not k.endswith("ss"):
        k = k[:-1]
    return k
