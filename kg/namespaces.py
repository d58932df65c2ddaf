"""IRIs of the graph: the project's namespace, the standard vocabularies it reuses, and how nodes are minted.

This module is the contract between the builder, the query library, the API
and the exports; ``ontology/paper-kg.ttl`` documents every term used here.

Layout of the data (all identifiers deterministic):

- paper            ``ID/paper/<paper-id>``          a pkg:Paper (also schema:ScholarlyArticle)
- entity           ``ID/entity/<slug of canonical>`` one node per real thing, whatever its type(s)
- claim            ``ID/claim/<paper-id>/<n>``        a pkg:Claim (n-ary), n in order of position
- extraction run   ``ID/activity/<paper-id>``         a prov:Activity that generated the paper's facts
- extractor agent  ``ID/agent/<extractor>/<version>`` a prov:SoftwareAgent

Graphs: the default graph holds what is said of a paper's own nodes (its metadata, paper->entity links,
code repositories, claims) and the entity labels derived from all papers at build time (one prefLabel per
entity plus every spelling as altLabel, types, counts, family links: kg/resolve.py);
``GRAPH/extracted/<paper-id>`` what the paper says of shared entity nodes (types, names, family links,
their spans in its text as one ``pkg:occurrences`` literal per entity (kg/occurrences.py), rule and
confidence) and the extraction activity; ``GRAPH/ontology`` the vocabulary; ``GRAPH/provenance`` the
extractor agents the activities name, described once. (Until layout 0.3.2 ``GRAPH/paper/<paper-id>`` held
the metadata and ``GRAPH/entities`` the labels: see ontology/README.md.)
Queries run with the union of all graphs as default graph, or with the default graph alone when it holds
all they read (``@graph: default``, kg/queries.py).
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from pyoxigraph import NamedNode

BASE = "https://w3id.org/paper-kg/"
PKG = BASE + "ontology#"  # the project's own vocabulary
ID = BASE + "id/"
GRAPH = BASE + "graph/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {"pkg": PKG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "dcterms": DCTERMS, "schema": SCHEMA,
            "skos": SKOS, "prov": PROV, "owl": OWL}

# classes per entity type of extractors.model.ENTITY_TYPES
ENTITY_CLASS = {"method": PKG + "Method", "model": PKG + "Model", "dataset": PKG + "Dataset",
                "task": PKG + "Task", "hardware": PKG + "Hardware", "concept": PKG + "Concept"}
# paper -> entity relation per entity type (the paper uses / mentions it); pkg:proposes when it introduces it
PAPER_RELATION = {"method": PKG + "usesMethod", "model": PKG + "usesModel", "dataset": PKG + "evaluatesOn",
                  "task": PKG + "addressesTask", "hardware": PKG + "runsOn", "concept": PKG + "mentionsConcept"}
# claim kinds are individuals of pkg:ClaimKind
CLAIM_KIND = {k: PKG + k.capitalize() for k in ("speedup", "reduction", "improvement", "score", "scale", "overhead")}


# Greek letters by name in keys: names tell models apart by them ("PixArt-α", "PixArt-Σ"), and a dropped
# letter made "Ψ-RAG" the key of "RAG"
_GREEK = str.maketrans({c: n for c, n in zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau "
    "upsilon phi chi psi omega".split())})


def slug(name: str) -> str:
    """The key an entity is minted from: lower-case letters and digits only (a dot kept between digits),
    so spellings that differ in case, spaces or hyphens become one node; accents are dropped ("Naïve
    Bayes" is Naive Bayes) and Greek letters spelled out.

    >>> slug("Flash Attention"), slug("FlashAttention")
    ('flashattention', 'flashattention')
    >>> slug("LLaMA-2-70B"), slug("Qwen2.5-7B")
    ('llama270b', 'qwen2.57b')
    >>> slug("Naïve Bayes"), slug("PixArt-Σ"), slug("Ψ-RAG"), slug("τ-bench")
    ('naivebayes', 'pixartsigma', 'psirag', 'taubench')
    """
    s = unicodedata.normalize("NFKC", name).lower()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s.translate(_GREEK)) if not unicodedata.combining(c))
    s = re.sub(r"(?<=\d)\.(?=\d)", "\x00", s)
    s = re.sub(r"[^0-9a-z\x00+]+", "", s).replace("\x00", ".")
    return quote(s, safe="._~+") or "unnamed"


def paper_iri(paper_id: str) -> NamedNode:
    return NamedNode(ID + "paper/" + quote(paper_id, safe=":._-"))


def entity_iri(canonical: str) -> NamedNode:
    return NamedNode(ID + "entity/" + slug(canonical))


def claim_iri(paper_id: str, n: int) -> NamedNode:
    return NamedNode(f"{ID}claim/{quote(paper_id, safe=':._-')}/{n}")


def activity_iri(paper_id: str) -> NamedNode:
    """The prov:Activity that extracted one paper's facts."""
    return NamedNode(f"{ID}activity/{quote(paper_id, safe=':._-')}")


def agent_iri(extractor: str, version: str) -> NamedNode:
    """The prov:SoftwareAgent for one extractor version.

    >>> agent_iri("paper-kg-extractors", "0.1.0").value
    'https://w3id.org/paper-kg/id/agent/paper-kg-extractors/0.1.0'
    """
    return NamedNode(f"{ID}agent/{quote(extractor, safe='._-')}/{quote(version, safe='._-+')}")


def extracted_graph(paper_id: str) -> NamedNode:
    return NamedNode(GRAPH + "extracted/" + quote(paper_id, safe=":._-"))


ONTOLOGY_GRAPH = NamedNode(GRAPH + "ontology")
# where layouts before 0.3.2 kept the entity labels (now in the default graph): a store that has it is of an
# earlier layout (kg.building.earlier_layout, kg.queries.union_needed)
EARLIER_LABELS_GRAPH = NamedNode(GRAPH + "entities")
# a member's link to its family ("Qwen2.5-7B" to "Qwen2.5"), in the papers' graphs and, since layout 0.4.10,
# repeated with the labels in the default graph (kg.resolve)
BROADER = NamedNode(SKOS + "broader")
# what every paper's provenance shares, stated once: the software agents (extractor name and version) that
# the papers' extraction activities name (kg.builder.describe_agents); kept by every kind of build
PROVENANCE_GRAPH = NamedNode(GRAPH + "provenance")
