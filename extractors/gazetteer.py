"""Load the gazetteer data files (``extractors/gazetteers/*.tsv``) into one lookup structure.

File format (one entity per line, ``#`` comments, UTF-8, tab separated)::

    type<TAB>canonical<TAB>alias|alias|...<TAB>family canonical (optional)

``stoplist.tsv`` is different: one term per line (anything after a tab or a
``#`` is a comment); those terms are never entities (generic model classes,
standard metrics).

>>> g = load_gazetteer()
>>> g.lookup("flash attention", "method").canonical
'FlashAttention'
>>> g.is_stopword("LLMs")
True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.model import ENTITY_TYPES

GAZETTEER_DIR = Path(__file__).parent / "gazetteers"
STOPLIST_FILE = "stoplist.tsv"

# Always-refused terms, in case the stoplist file is missing: the guide's generic classes and standard metrics.
BUILTIN_STOP = (
    "LLM LLMs VLM VLMs VLA VLAs MLLM MLLMs dLLM dLLMs LM LMs SLM SLMs LRM LRMs MoE-LLM AI ML DL NLP CV "
    "BLEU ROUGE METEOR chrF chrF++ COMET BERTScore PSNR SSIM LPIPS FID IS CLIPScore F1 EM AUROC AUC MAE MSE RMSE "
    "WER CER TTFT TPOT QPS FLOPs FLOP TFLOPS GFLOPS PFLOPS MFU SOTA API APIs GPU-hours"
).split() + [
    "large language model", "large language models", "language model", "language models",
    "vision-language model", "vision-language models", "vision language models", "foundation model",
    "foundation models", "multimodal large language models", "multimodal large language model",
    "large reasoning models", "large reasoning model", "code LLMs", "small language models",
    "deep learning", "machine learning", "artificial intelligence", "neural networks", "neural network",
    "accuracy", "pass@1", "pass@k", "perplexity", "exact match", "state-of-the-art",
    "diffusion large language models", "diffusion language models",
]


NON_WORD = re.compile(r"[\W_]+")
# a Greek letter in a name is as often spelled out ("PanGu-α", "PanGu-alpha"; "π0", "pi0"; "μP", "muP")
GREEK = str.maketrans({"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
                       "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu",
                       "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau",
                       "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega"})


@functools.lru_cache(maxsize=131072)
def norm_key(s: str) -> str:
    """The scorer's notion of sameness (lower case, punctuation and spaces removed), and a Greek letter as its name.

    Cached: the resolver keys every candidate and gazetteer lookup with it, and names recur.

    >>> norm_key("Flash-Attention 2"), norm_key("PanGu-α") == norm_key("PanGu-Alpha")
    ('flashattention2', True)
    """
    low = s.lower()
    return NON_WORD.sub("", low if low.isascii() else low.translate(GREEK))


def plus_key(s: str) -> str:
    """``norm_key`` with "+" spelled out: "HumanEval+" and "HumanEvalPlus" meet, "HumanEval" stays apart.

    >>> plus_key("HumanEval+"), plus_key("FlashDecoding++")
    ('humanevalplus', 'flashdecodingplusplus')
    """
    return norm_key(s.replace("+", "plus")) if "+" in s else norm_key(s)


@dataclass(frozen=True)
class GazetteerEntry:
    """One line of a gazetteer file."""

    type: str
    canonical: str
    aliases: tuple[str, ...]
    family: str | None
    source: str  # file stem, e.g. "benchmarks"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(eq=False)  # identity-hashed, so per-gazetteer derived tables can be cached
class Gazetteer:
    """All entries, with an index from normalised alias to entries, and the stoplist."""

    entries: list[GazetteerEntry] = field(default_factory=list)
    by_key: dict[str, list[GazetteerEntry]] = field(default_factory=dict)
    stop_keys: set[str] = field(default_factory=set)
    # the keys some spelling with a "+" shares ("HumanEval+" and HumanEval): the key drops the "+"
    plus_keys: set[str] = field(default_factory=set)

    def add(self, entry: GazetteerEntry) -> None:
        self.entries.append(entry)
        for name in entry.names:
            key = norm_key(name)
            lst = self.by_key.setdefault(key, [])
            if entry not in lst:
                lst.append(entry)
            if "+" in name:
                self.plus_keys.add(key)

    def lookup(self, name: str, type_: str | None = None) -> GazetteerEntry | None:
        """The best entry for a spelling (curated files before generated ones), optionally of one type."""
        key = norm_key(name)
        cands = self.by_key.get(key, [])
        if type_:
            cands = [e for e in cands if e.type == type_]
        if cands and ("+" in name or key in self.plus_keys):
            # the entry whose spelling keeps (or lacks) the "+"; a "+" no entry writes names another thing:
            # "ImageNet++", "GSM8K+" are not ImageNet and GSM8K
            plus = plus_key(name)
            kept = [e for e in cands if any(plus_key(s) == plus for s in e.names)]
            cands = kept if "+" in name else kept or cands
        return cands[0] if cands else None

    def is_stopword(self, name: str) -> bool:
        return norm_key(name) in self.stop_keys


def _priority(path: Path) -> tuple[int, str]:
    # curated files first, files generated from reference data or corpus statistics next, our own seed last
    stem = path.stem
    if stem.startswith("_"):
        return (2, stem)
    if "pwc" in stem or "generated" in stem or "reference" in stem or stem.endswith("_corpus"):
        return (1, stem)
    return (0, stem)


def parse_line(line: str, source: str, lineno: int) -> GazetteerEntry | None:
    """Parse one data line; ``None`` for blanks and comments; ``ValueError`` naming the place on bad input.

    >>> parse_line("dataset\\tAIME 2024\\tAIME24|AIME-2024\\tAIME", "x", 1)
    GazetteerEntry(type='dataset', canonical='AIME 2024', aliases=('AIME24', 'AIME-2024'), family='AIME', source='x')
    """
    raw = line.rstrip("\n\r")
    if not raw.strip() or raw.lstrip().startswith("#"):
        return None
    cols = raw.split("\t")
    if len(cols) < 2 or len(cols) > 4:
        raise ValueError(f"{source}:{lineno}: expected 2-4 tab-separated columns, got {len(cols)}: {raw!r}")
    type_, canonical = cols[0].strip(), cols[1].strip()
    if type_ not in ENTITY_TYPES:
        raise ValueError(f"{source}:{lineno}: unknown type {type_!r} (one of {', '.join(ENTITY_TYPES)})")
    if not canonical:
        raise ValueError(f"{source}:{lineno}: empty canonical name")
    aliases = tuple(a.strip() for a in (cols[2].split("|") if len(cols) > 2 else []) if a.strip())
    family = cols[3].strip() if len(cols) > 3 and cols[3].strip() else None
    return GazetteerEntry(type_, canonical, aliases, family, source)


def read_stoplist(path: Path) -> list[str]:
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term = line.split("\t")[0].split(" #")[0].strip()
        if term:
            terms.append(term)
    return terms


def load_from(directory: Path) -> Gazetteer:
    """Read every ``*.tsv`` of ``directory`` (the stoplist apart) in priority order."""
    g = Gazetteer()
    files = sorted((p for p in directory.glob("*.tsv") if p.name != STOPLIST_FILE), key=_priority)
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            entry = parse_line(line, path.stem, n)
            if entry is not None:
                g.add(entry)
    stop = list(BUILTIN_STOP)
    if (directory / STOPLIST_FILE).exists():
        stop += read_stoplist(directory / STOPLIST_FILE)
    g.stop_keys = {norm_key(t) for t in stop}
    # a stoplisted spelling is never an entity, even when some generated list contains it
    return g


@functools.lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """The gazetteer of ``directory`` (default: the package's data), loaded once per process."""
    return load_from(Path(directory) if directory else GAZETTEER_DIR)
