"""Regenerate ``datasets_pwc.tsv`` and ``tasks_pwc.tsv`` from the shared reference data.

Sources (read-only, see ``README.md``): the Papers-With-Code-format tables of
``reference-data/pwc-sota-tables/*.json`` (task tree -> datasets -> subdatasets)
and the NLP-TDMS knowledge bases ``reference-data/nlp-tdms/kb/{datasetKB,taskKB}.tsv``.

The raw names are table captions as much as dataset names ("librispeech WER
testclean", "Datasets", "CIFAR-10 Image Recognition"), so every name goes
through ``clean_dataset`` / ``clean_task``: explicit renames, then generic rules
(parenthesised acronyms become aliases, metric-laden captions and generic words
are dropped). A name already covered by a curated file (same normalised
spelling, any type) is skipped, so the generated files only add what the
curated ones lack and never contradict them.

Usage (from the repository root)::

    python -m extractors.gazetteers.build_from_reference            # default ../shared/reference-data
    python -m extractors.gazetteers.build_from_reference --reference /path/to/reference-data --check

>>> clean_dataset("Street View House Numbers (SVHN)")
('SVHN', ('Street View House Numbers',), None)
>>> clean_dataset("librispeech WER testclean") is None
True
>>> clean_task("Automatic speech recognition (ASR)")
('automatic speech recognition', ('ASR',))
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference-data"
GENERATED = ("datasets_pwc.tsv", "tasks_pwc.tsv")

# Table captions, section headers and words too generic to be matched in abstracts.
DROP_DATASETS = {
    "Comparison on year level granularity", "Datasets", "Experimental Results", "Fine-grained WSD",
    "Knowledge-based", "Lexical Sample results", "Metrics", "Platforms", "Smaller Datasets", "Social media",
    "Supervised", "Warning: Evaluation Metrics", "Computer Chess", "Google Dataset", "Scholar", "Wikipedia",
    "Long-tail emerging entities", "Noun Phrase Canonicalization", "Visual Common Sense", "Advising",
    "Personalized Chit-chat", "Reddit Corpus", "Yelp", "AS", "MSR", "PKU", "CityU", "PNT", "SUBJ", "UD",
    "chime clean", "chime real", "fisher WER", "The Loebner Prize scored selection answers",
    "Generative models of CIFAR-10 images", "Card2Code Hearthstone accuracy", "Card2Code MTG accuracy",
    "Precision of Instrumentals detection reached when tested on SATIN (Bayle et al. 2017)",
    "Results on WI-LOCNESS test set", "Stanford Question Answering Dataset EM test",
    "Stanford Question Answering Dataset F1 test", "Word error rate on Switchboard trained against the Hub5'00 dataset",
    "swb_hub_500 WER fullSWBCH", "timit PER", "wsj WER eval92", "wsj WER eval93", "librispeech WER testclean",
    "librispeech WER testother", "news-test-2014 En-De BLEU", "news-test-2014 En-Fr BLEU",
    "news-test-2015 En-De BLEU", "news-test-2016 En-Ro BLEU", "Daily Mail Comprehension test",
    "CNN Comprehension test", "Multi30k-Task1(en-fr fr-en de-en en-de)", "WMT14(en-fr fr-en)",
    "MSRC-21 image semantic labelling (per-class)", "MSRC-21 image semantic labelling (per-pixel)",
    "Linux IRC", "Ubuntu IRC", "Quasar", "Wizard-of-Oz", "Second dialogue state tracking challenge",
    "COCO Visual Question Answering (VQA) abstract 1.0 multiple choice",
    "COCO Visual Question Answering (VQA) abstract images 1.0 open ended",
    "COCO Visual Question Answering (VQA) real images 1.0 multiple choice",
    "COCO Visual Question Answering (VQA) real images 1.0 open ended",
    "COCO Visual Question Answering (VQA) real images 2.0 open ended",
}

# raw name -> (canonical, aliases, family); the family must be a curated or generated dataset canonical.
RENAME_DATASETS: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "1B Words / Google Billion Word benchmark": ("One Billion Word", ("Google Billion Word",), None),
    "Advising Corpus": ("Advising Corpus", (), None),
    "AIDA CoNLL-YAGO Dataset": ("AIDA CoNLL-YAGO", ("AIDA-CoNLL", "AIDA CoNLL-YAGO Dataset"), None),
    "CIFAR-10 Image Recognition": ("CIFAR-10", (), None),
    "CIFAR-100 Image Recognition": ("CIFAR-100", (), None),
    "Imagenet Image Recognition": ("ImageNet", (), None),
    "STL-10 Image Recognition": ("STL-10", (), None),
    "MNIST handwritten digit recognition": ("MNIST", (), None),
    "CMRC 2018 (Chinese Machine Reading Comprehension 2018)": ("CMRC 2018", ("CMRC2018", "CMRC-2018"), "CMRC"),
    "CMRC 2019 (Chinese Machine Reading Comprehension 2019)": ("CMRC 2019", ("CMRC2019", "CMRC-2019"), "CMRC"),
    "CNN / Daily Mail (Anonymized version)": ("CNN/DailyMail", (), None),
    "CNN / Daily Mail (Non-anonymized version)": ("CNN/DailyMail", (), None),
    "CoNLL-2014 10 Annotations": ("CoNLL-2014", ("CoNLL 2014", "CoNLL-2014 Shared Task", "CoNLL14"), None),
    "CoNLL-2014 10 Annotations Restricted": ("CoNLL-2014", (), None),
    "CoNLL-2014 10 Annotations Unrestricted": ("CoNLL-2014", (), None),
    "CoNLL-2014 Shared Task": ("CoNLL-2014", (), None),
    "CoNLL-2014 Shared Task Restricted": ("CoNLL-2014", (), None),
    "CoNLL-2014 Shared Task Unrestricted": ("CoNLL-2014", (), None),
    "JFLEG Unrestricted": ("JFLEG", (), None),
    "LexNorm2015": ("LexNorm2015", ("LexNorm 2015",), "LexNorm"),
    "Chinese Treebank 6": ("CTB6", ("Chinese Treebank 6", "CTB 6"), "Chinese Treebank"),
    "Chinese Treebank 7": ("CTB7", ("Chinese Treebank 7", "CTB 7"), "Chinese Treebank"),
    "GQA - Visual Reasoning in the Real World": ("GQA", (), None),
    "Hutter Prize (bits per character to encode English text)": ("Hutter Prize", (), None),
    "LAMBADA prediction of words in discourse": ("LAMBADA", (), None),
    "Penn Treebank (Perplexity when parsing English sentences)": ("Penn Treebank", (), None),
    "NY Regents 4th Grade Science Exams": ("NY Regents Science Exams", ("NY Regents 4th Grade Science Exams", "Regents Science Exams"), None),
    "Reading comprehension MCTest-160-all": ("MCTest-160", ("MC160",), "MCTest"),
    "Reading comprehension MCTest-500-all": ("MCTest-500", ("MC500",), "MCTest"),
    "bAbi 20 QA (10k training examples)": ("bAbI", ("bAbi", "bAbI 20 QA", "bAbi 20 QA", "bAbI tasks"), None),
    "bAbi 20 QA (1k training examples)": ("bAbI", (), None),
    "bAbi Children's Book comprehension CBtest CN": ("CBT-CN", ("CBTest CN",), "Children's Book Test"),
    "bAbi Children's Book comprehension CBtest NE": ("CBT-NE", ("CBTest NE",), "Children's Book Test"),
    "ICSI Meeting Recorder Dialog Act (MRDA) corpus": ("MRDA", ("ICSI Meeting Recorder Dialog Act corpus", "ICSI MRDA"), None),
    "Street View House Numbers (SVHN)": ("SVHN", ("Street View House Numbers",), None),
    "Winograd NLI (WNLI)": ("WNLI", ("Winograd NLI",), None),
    "X-Sum": ("XSum", (), None),
    "Ontonotes v5 (English)": ("OntoNotes 5.0", (), None),
    "CoNLL 2003 (English)": ("CoNLL-2003", (), None),
    "CoQA (Conversational Question Answering Challenge)": ("CoQA", ("Conversational Question Answering Challenge",), None),
    "Visual Genome (pairs)": ("Visual Genome", (), None),
    "Visual Genome (subjects)": ("Visual Genome", (), None),
    "VizWiz dataset": ("VizWiz", (), None),
    "Switchboard Hub5'00": ("Hub5'00", ("Hub5 2000", "Hub5'00 Switchboard", "Hub5'00 SWB", "Hub 5'00"), None),
    "Switchboard corpus": ("Switchboard", (), None),
    "Ubuntu Corpus": ("Ubuntu Dialogue Corpus", (), None),
    "WMT 2014 EN-DE": ("WMT14 En-De", (), None),
    "WMT 2014 EN-FR": ("WMT14 En-Fr", (), None),
    "WMT16 (de-en en-de)": ("WMT16 En-De", ("WMT 2016 EN-DE", "WMT16 English-German", "WMT'16 En-De", "WMT16 EN-DE"), "WMT16"),
    "New York Times Corpus": ("New York Times Annotated Corpus", ("NYT corpus", "New York Times Corpus", "NYT10"), None),
    "The IWSLT 2015 Evaluation Campaign": ("IWSLT15", (), None),
    "benchmark Vietnamese dependency treebank VnDT": ("VnDT", ("Vietnamese dependency treebank",), None),
    "SemEval-2014 Task 4 subtask 2 Aspect Term Polarity": ("SemEval-2014 Task 4", ("SemEval 2014 Task 4", "SemEval-14 Task 4"), "SemEval"),
    "SemEval-2017 Task 4 subtask A Tweet Sentiment Classification dataset": ("SemEval-2017 Task 4", ("SemEval 2017 Task 4",), "SemEval"),
    "SemEval-2010 Task 8": ("SemEval-2010 Task 8", ("SemEval 2010 Task 8",), "SemEval"),
    "SemEval": ("SemEval", (), None),
    "SemEval 2007": ("SemEval-2007", ("SemEval 2007", "SemEval-07"), "SemEval"),
    "SemEval 2010": ("SemEval-2010", ("SemEval 2010",), "SemEval"),
    "SemEval 2013": ("SemEval-2013", ("SemEval 2013", "SemEval-13"), "SemEval"),
    "SemEval 2015": ("SemEval-2015", ("SemEval 2015", "SemEval-15"), "SemEval"),
    "SemEval 2018": ("SemEval-2018", ("SemEval 2018", "SemEval-18"), "SemEval"),
    "Senseval 2": ("Senseval-2", ("Senseval 2", "SensEval-2"), "Senseval"),
    "Senseval 3": ("Senseval-3", ("Senseval 3", "SensEval-3"), "Senseval"),
    "VLSP 2013 POS tagging shared task": ("VLSP 2013", ("VLSP-2013",), "VLSP"),
    "VLSP 2013 word segmentation shared task": ("VLSP 2013", (), "VLSP"),
    "VLSP 2016 NER shared task": ("VLSP 2016", ("VLSP-2016",), "VLSP"),
    "SICK-E": ("SICK-E", (), "SICK"),
    "Bioinfer": ("BioInfer", (), None),
    "Sentihood": ("SentiHood", (), None),
    "MOSI": ("CMU-MOSI", ("MOSI",), None),
    "SICK-R": ("SICK-R", (), "SICK"),
    "CoQA": ("CoQA", (), None),
    "Fashion-MNIST": ("Fashion-MNIST", (), None),
    "MultiMNIST": ("MultiMNIST", ("Multi-MNIST",), None),
}

# Families the renames point at, when no curated or generated line defines them.
EXTRA_DATASET_FAMILIES = {
    "CMRC": ("Chinese Machine Reading Comprehension",), "MCTest": (), "Children's Book Test": ("CBT", "CBTest"),
    "LexNorm": (), "Senseval": ("SensEval",), "VLSP": (), "SICK": ("Sentences Involving Compositional Knowledge",),
}

# Atari 2600 game tables ("Atari 2600 Pong") belong to the curated family "Atari 2600".
ATARI = re.compile(r"^Atari 2600 (?P<game>.+)$")
METRIC_WORDS = re.compile(r"\b(WER|BLEU|PER|EM|F1|accuracy|perplexity|scored|test set|Results?)\b")

DROP_TASKS = {
    "Task", "Vision", "Multimodal", "Dialogue", "Evaluation", "Current SOTA", "Resources", "References", "Parsing",
    "Classification", "Common Sense", "Common sense", "common_sense", "Character Level Models", "Word Level Models",
    "Penn Treebank", "FewRel", "Webis-TLDR-17 Corpus", "Wsd Lexical Sample Task:", "Computer Vision",
    "Abstract Games with Hints", "Abstract Strategy Games", "Abstract Strategy Games with Rule Learning",
    "Arcade Game Transfer Learning", "Artificial General Intelligence", "Automated Interrogation",
    "Automated Security", "Bias Avoidance", "Casual Conversation Turing Test", "Catastrophic Forgetting Avoidance",
    "Classification Under Uncertainty", "Conditional Expression Parsing", "Constrained Problem Solving",
    "Functional Robustness", "Language Creation Games", "Language Games", "Objective Function Reinforcement Learning",
    "Omitted-Variable Bias Correction", "Predictable Artificial General Intelligence", "Privacy Fairness",
    "Restricted Reproduction", "Reward Hacking Avoidance", "Safe Exploration", "Scalable Supervised Learning",
    "Side Effect Mitigation", "Simple Video Games", "Spoken Language Games", "Strategy Game Rule Learning",
    "Underconstrained Problem Solving", "Video Games", "Explainable Machine Learning", "Scientific Paper Comprehension",
    "Automated Software Engineering", "Mathematical Proofs", "Complex Conditional Image Generation",
    "Shallow Syntax", "Shallow syntax", "Temporal Processing", "Disentanglement", "Combinatory Categorical Grammar",
    "Supertagging", "Multi-task learning", "Transfer Learning", "One-Shot Learning", "Domain adaptation",
    "Privacy Preserving Machine Learning", "Adversarial Defense", "Information Extraction", "Chunking", "chunking",
}
RENAME_TASKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Amr Parsing": ("AMR parsing", ("abstract meaning representation parsing",)),
    "amr_parsing": ("AMR parsing", ()),
    "ASR": ("automatic speech recognition", ()),
    "CCG supertagging": ("CCG supertagging", ("combinatory categorial grammar supertagging",)),
    "ccg_supertagging": ("CCG supertagging", ()),
    "SQL parsing": ("SQL parsing", ()),
    "sql_parsing": ("SQL parsing", ()),
    "Document Dating (Time-stamping)": ("document dating", ("document time-stamping",)),
    "Resolving the Scope and focus of negation": ("negation scope resolution", ("negation resolution",)),
    "Timex Normalisation": ("timex normalisation", ("timex normalization", "temporal expression normalization")),
    "Language Modelling": ("language modeling", ()),
    "Chinese Reading Comprehension": ("Chinese reading comprehension", ()),
    "Video Activity Recognition": ("video activity recognition", ()),
    "Scientific Result Extraction": ("scientific result extraction", ()),
    "Security Bug Detection": ("security bug detection", ()),
    "Automated Circuit Design": ("automated circuit design", ()),
    "Open Knowledge Graph Canonicalization": ("open knowledge graph canonicalization", ("OKG canonicalization",)),
    "Generative-Based Chatbots": ("generative chatbots", ("generation-based chatbots",)),
    "Retrieval-Based Chatbots": ("retrieval-based chatbots", ("retrieval-based chatbot",)),
    "retrieval-based_chatbot": ("retrieval-based chatbots", ()),
}


@dataclass(frozen=True)
class Row:
    """One generated gazetteer line."""

    type: str
    canonical: str
    aliases: tuple[str, ...]
    family: str | None

    def tsv(self) -> str:
        cols = [self.type, self.canonical, "|".join(self.aliases)]
        if self.family:
            cols.append(self.family)
        return "\t".join(cols).rstrip("\t")


def norm_key(s: str) -> str:
    """Same key as the loader's: lower case, punctuation and spaces removed."""
    return re.sub(r"[\W_]+", "", s.lower())


def _is_acronym(s: str) -> bool:
    return " " not in s and len(s) <= 10 and sum(c.isupper() for c in s) >= 2


def clean_dataset(raw: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """Canonical name, aliases and family of a raw table name; ``None`` when it is not a usable name.

    >>> clean_dataset("Atari 2600 Pong")
    ('Atari 2600 Pong', ('Atari Pong',), 'Atari 2600')
    >>> clean_dataset("Datasets") is None
    True
    """
    name = re.sub(r"\s+", " ", raw).strip().rstrip(":").strip()
    if not name or raw in DROP_DATASETS or name in DROP_DATASETS:
        return None
    if name in RENAME_DATASETS:
        return RENAME_DATASETS[name]
    m = ATARI.match(name)
    if m:
        return name, (f"Atari {m.group('game')}",), "Atari 2600"
    if METRIC_WORDS.search(name) or len(name.split()) > 6:
        return None
    m = re.fullmatch(r"(?P<out>[^()]+?) \((?P<inn>[^()]+)\)", name)
    if m:
        out, inn = m.group("out"), m.group("inn")
        if _is_acronym(inn):
            return inn, (out,), None
        if _is_acronym(out):
            return out, (inn,), None
        return out, (), None  # a descriptive remark ("(English)", "(10k training examples)")
    if name.islower() and " " not in name:
        return None  # a bare lower-case word is a common noun, not a name
    return name, (), None


def clean_task(raw: str) -> tuple[str, tuple[str, ...]] | None:
    """Lower-case task name (acronyms kept) and aliases; ``None`` for headers and non-tasks.

    >>> clean_task("Part-Of-Speech Tagging")
    ('part-of-speech tagging', ())
    >>> clean_task("named_entity_recognition")
    ('named entity recognition', ())
    """
    name = re.sub(r"\s+", " ", raw).strip()
    if not name or name in DROP_TASKS or name.rstrip(":") in DROP_TASKS:
        return None
    if name in RENAME_TASKS:
        return RENAME_TASKS[name]
    if "_" in name and " " not in name:  # NLP-TDMS ids: "part-of-speech_tagging"
        name = name.replace("_", " ")
    aliases: tuple[str, ...] = ()
    m = re.fullmatch(r"(?P<out>[^()]+?) \((?P<inn>[^()]+)\)", name)
    if m:
        name, inn = m.group("out"), m.group("inn")
        aliases = (inn,) if _is_acronym(inn) else ()
    # acronyms keep their case ("AMR parsing", "CCG supertagging"), Title Case words do not ("Multi-Label")
    words = [w if any(len(p) >= 2 and p.isupper() for p in w.split("-")) else w.lower() for w in name.split(" ")]
    return " ".join(words), aliases


def _walk(tasks: list[dict], out_tasks: list[str], out_datasets: list[str]) -> None:
    for t in tasks:
        if t.get("task"):
            out_tasks.append(t["task"])
        for d in t.get("datasets") or []:
            if d.get("dataset"):
                out_datasets.append(d["dataset"])
            for s in d.get("subdatasets") or []:
                if s.get("dataset"):
                    out_datasets.append(s["dataset"])
        _walk(t.get("subtasks") or [], out_tasks, out_datasets)


def read_reference(reference: Path) -> tuple[list[str], list[str]]:
    """Raw task names and raw dataset names, in file order, from PwC tables and NLP-TDMS KBs."""
    tables = sorted((reference / "pwc-sota-tables").glob("*.json"))
    if not tables:
        raise FileNotFoundError(f"no PwC tables under {reference / 'pwc-sota-tables'}")
    tasks: list[str] = []
    datasets: list[str] = []
    for path in tables:
        _walk(json.loads(path.read_text(encoding="utf-8")), tasks, datasets)
    kb = reference / "nlp-tdms" / "kb"
    for fname, out in (("datasetKB.tsv", datasets), ("taskKB.tsv", tasks)):
        path = kb / fname
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                out.extend(row[1] for row in csv.reader(fh, delimiter="\t") if len(row) > 1)
    return tasks, datasets


def curated_keys(directory: Path) -> set[str]:
    """Normalised spellings (canonicals and aliases, any type) of the curated files of ``directory``."""
    keys: set[str] = set()
    for path in sorted(directory.glob("*.tsv")):
        if path.name in GENERATED or path.name == "stoplist.tsv":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            for name in [cols[1], *(cols[2].split("|") if len(cols) > 2 else [])]:
                if name.strip():
                    keys.add(norm_key(name))
    return keys


def stop_keys(directory: Path) -> set[str]:
    path = directory / "stoplist.tsv"
    if not path.exists():
        return set()
    return {norm_key(line.split("\t")[0]) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _merge(rows: dict[str, Row], row: Row) -> None:
    key = norm_key(row.canonical)
    old = rows.get(key)
    if old is None:
        rows[key] = row
        return
    aliases = tuple(dict.fromkeys(old.aliases + row.aliases))
    rows[key] = Row(old.type, old.canonical, aliases, old.family or row.family)


def build_rows(reference: Path, directory: Path) -> tuple[list[Row], list[Row]]:
    """The generated dataset rows and task rows, sorted, minus anything curated files or the stoplist cover."""
    raw_tasks, raw_datasets = read_reference(reference)
    known = curated_keys(directory)
    stop = stop_keys(directory)
    datasets: dict[str, Row] = {}
    for raw in raw_datasets:
        cleaned = clean_dataset(raw)
        if cleaned:
            _merge(datasets, Row("dataset", *cleaned))
    for fam, aliases in EXTRA_DATASET_FAMILIES.items():
        _merge(datasets, Row("dataset", fam, aliases, None))
    tasks: dict[str, Row] = {}
    for raw in raw_tasks:
        cleaned = clean_task(raw)
        if cleaned:
            _merge(tasks, Row("task", cleaned[0], cleaned[1], None))

    taken = set(known)

    def keep(row: Row) -> Row | None:
        if norm_key(row.canonical) in known or norm_key(row.canonical) in stop:
            return None
        aliases = tuple(a for a in row.aliases if norm_key(a) not in taken and norm_key(a) not in stop
                        and norm_key(a) != norm_key(row.canonical))
        for a in (row.canonical, *aliases):
            taken.add(norm_key(a))
        return Row(row.type, row.canonical, aliases, row.family)

    out_d = [r for r in (keep(datasets[k]) for k in sorted(datasets, key=lambda k: datasets[k].canonical.lower())) if r]
    out_t = [r for r in (keep(tasks[k]) for k in sorted(tasks, key=lambda k: tasks[k].canonical.lower())) if r]
    return out_d, out_t


HEADER = """# GENERATED by extractors/gazetteers/build_from_reference.py from {sources}; do not edit by hand.
# Names already in the curated files (any type) or in stoplist.tsv are left out; see README.md.
# Format: type<TAB>canonical<TAB>aliases separated by |<TAB>family canonical (optional)
"""


def render(rows: list[Row], sources: str) -> str:
    return HEADER.format(sources=sources) + "".join(r.tsv() + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help="the shared reference-data directory")
    ap.add_argument("--out", type=Path, default=HERE, help="gazetteer directory (read for curated names, written)")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 when the files are out of date")
    args = ap.parse_args(argv)
    datasets, tasks = build_rows(args.reference, args.out)
    texts = {
        "datasets_pwc.tsv": render(datasets, "reference-data/pwc-sota-tables and nlp-tdms/kb/datasetKB.tsv"),
        "tasks_pwc.tsv": render(tasks, "reference-data/pwc-sota-tables and nlp-tdms/kb/taskKB.tsv"),
    }
    stale = [n for n, t in texts.items() if not (args.out / n).exists() or (args.out / n).read_text(encoding="utf-8") != t]
    if args.check:
        for n in stale:
            print(f"out of date: {args.out / n}", file=sys.stderr)
        return 1 if stale else 0
    for n, t in texts.items():
        (args.out / n).write_text(t, encoding="utf-8")
    print(f"wrote {len(datasets)} datasets, {len(tasks)} tasks to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
