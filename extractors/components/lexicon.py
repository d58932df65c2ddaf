"""Word lists the rules share: head nouns that type a name, and words that never start or end one.

General English / ML-writing knowledge only (no paper-specific names).

>>> type_of_head("benchmark"), type_of_head("frameworks"), type_of_head("LLM")
('dataset', 'method', 'model')
"""
from __future__ import annotations

import re

# a version written as a dotted number after a name ("Qwen 2.5", "Terminal-Bench 2.0"); without a "v", a number
# below 1 or with three decimals is a result written after it ("PDS: Qwen 0.907, Mistral 0.729")
DOTTED_VERSION = re.compile(r"^v\d+\.\d+$|^[1-9]\d*\.\d{1,2}$")

# what a short form looks like: one token of a letter and up to 19 letters, digits or joiners
SHORT_RE = re.compile(r"^[A-Za-z][A-Za-z0-9\-+&.^]{0,19}$")


def is_short_form(text: str) -> bool:
    """An acronym candidate: one token, 2-20 chars (coined names too: "DepthAnything-AC"), at least two capitals
    (or capital + digit).

    >>> [is_short_form(t) for t in ("TFLA", "MoE", "ViR", "SLOs", "dLLM", "2024", "Dao", "e.g.", "DepthAnything-AC")]
    [True, True, True, True, True, False, False, False, True]
    """
    if not SHORT_RE.match(text) or len(text) < 2:
        return False
    caps = sum(c.isupper() for c in text)
    return caps >= 2 or (caps == 1 and any(c.isdigit() for c in text))


HEAD_TYPES: dict[str, str] = {}
for _w in ("benchmark dataset corpus corpora suite leaderboard testbed test-bed collection arena "
           "split set testset testsets test-set bench challenge environment environments gym").split():
    HEAD_TYPES[_w] = "dataset"
for _w in "model models llm llms lm plm plms slm slms checkpoint checkpoints vlm mllm family series agent agents".split():
    HEAD_TYPES[_w] = "model"
for _w in ("framework method methods algorithm system library kernel kernels architecture approach technique "
           "optimizer optimiser engine toolkit protocol mechanism module scheduler strategy loss paradigm "
           "pipeline recipe scheme network networks layer layers attention transformer compiler runtime "
           "platform tool solver encoder decoder objective metric regularizer regularization procedure "
           "policy planner simulator language law hypothesis operator estimator sampler search "
           # the tools named for what they do: "MUTrack, a SAM-based ... tracker", "FlowDet, a high-speed detector"
           "detector tokenizer generator verifier classifier tracker retriever editor predictor captioner "
           "segmenter reranker parser translator renderer").split():
    HEAD_TYPES.setdefault(_w, "method")
HEAD_TYPES["frameworks"] = HEAD_TYPES["algorithms"] = HEAD_TYPES["systems"] = HEAD_TYPES["libraries"] = "method"
HEAD_TYPES["benchmarks"] = HEAD_TYPES["datasets"] = HEAD_TYPES["suites"] = "dataset"


# words written after a model's name that name one of its checkpoints: joined to it by hyphens in the canonical
# name ("Qwen2-VL-2B") or, for the tiers, by a space ("GPT-4o mini", "Gemini 2.5 Pro"); not "Vision" ("DINOv3 Vision
# Transformer")
JOINED_VARIANTS = frozenset("VL Coder Math Instruct Chat Base Omni".split())
# words naming a release of a model family after its version ("Gemini 3.0 Pro", "Stable Diffusion 3.5 Medium")
MODEL_TIERS = frozenset("Pro Flash Mini Ultra Max Plus Turbo Nano Lite Instruct Chat Base Thinking Sonnet Opus Haiku "
                        "xHigh High Medium Low Large Small Preview Omni".split())
TIER_VARIANTS = frozenset("mini Mini Pro Flash Lite Nano Max Plus Ultra Turbo".split())

# heads of shared tasks and challenges, which are benchmarks ("the NTIRE 2025 Challenge", "WMT2025 shared task")
CHALLENGE_HEADS = frozenset("challenge competition shared".split())


def looks_plural(word: str) -> bool:
    """A plural noun or a third-person verb by its ending ("models", "delivers"; not "loss", "corpus", "analysis").

    >>> [looks_plural(w) for w in ("models", "delivers", "loss", "corpus", "analysis", "physics")]
    [True, True, False, False, False, False]
    """
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "sis"))


def type_of_head(word: str) -> str | None:
    """Entity type a following/appositive head noun gives a name, or None."""
    return HEAD_TYPES.get(word.lower())


# Verbs that introduce the paper's own contribution ("we propose X").
PROPOSE_VERBS = frozenset(
    "propose proposes proposed introduce introduces introduced present presents presented develop develops "
    "developed design designs designed release releases released build builds built construct constructs "
    "constructed curate curates curated create creates created contribute contributes open-source open-sources "
    "devise devises devised establish establishes formulate formulates unveil unveils offer offers".split()
)
NAMING_WORDS = frozenset("called named dubbed termed coined titled entitled denoted".split())
# "a phenomenon we term X", "which we call X": naming verbs after "we"
WE_NAMING_VERBS = frozenset("term call dub name coin".split())

# Capitalised words that begin sentences or titles but never start a name on their own.
NOT_NAME_WORDS = frozenset(
    """a an the this that these those our we it its in on of for to with by from as at and or but via
    however moreover furthermore additionally finally first second third further also then thus therefore
    experiments experimental results extensive code data our experiments existing recent although while
    when where which what how why is are was were be been can could may might will would should must do does
    unlike despite besides based using use towards toward beyond rethinking revisiting understanding
    scaling efficient fast learning training large small deep neural multi when not all each both
    specifically notably importantly overall here there such some many most more less other another
    table figure section appendix github huggingface arxiv open-source closed-source hence thus therefore consequently accordingly
    nevertheless nonetheless meanwhile instead indeed ultimately subsequently previously currently recently
    together collectively altogether likewise similarly yet still
    background objective objectives purpose motivation aims findings conclusion conclusions significance
    i ii iii iv v vi vii viii ix x""".split()
)

# Lower-case words that are not part of a technique/task phrase (evaluative, quantifying, function words).
STOP_MODIFIERS = frozenset(
    """a an the this that these those our their its his her your my we they it he she them us
    of for to with by from as at in on into onto via through over under between among across within without
    and or but nor not no yes so than then also only just even very more most less least much many few
    some any all each every both either neither other another such same different various several multiple
    new novel existing previous prior recent current standard conventional traditional typical common
    popular classic classical modern simple complex efficient effective fast faster slow better best good
    strong stronger weak high higher low lower large larger small smaller long longer short full partial
    key main major minor important significant substantial considerable great greater further additional
    extensive comprehensive robust scalable practical general specific particular certain possible
    proposed resulting following above below prevailing powerful advanced state-of-the-art sota improved
    naive vanilla original baseline same overall total average real-world challenging difficult hard easy
    is are was were be been being has have had do does did can could may might will would should must
    which who whom whose what when where why how while whereas although though because since if unless
    such as e.g. i.e. etc one two three four five first second third last next each per
    well highly largely widely fully partly mostly often usually always never rarely already still yet
    using based use used uses via without enables enable enabling allows allow achieve achieves achieving
    improve improves improving reduce reduces reducing accelerate accelerates accelerating
    efficient inefficient costly expensive cheap accurate reliable diverse rich limited unlimited
    open closed public private academic industrial practical theoretical empirical experimental
    prohibitive unprecedented remarkable notable whether precise systematic automated foundational credible
    sub-optimal arbitrary redundant favorable favourable lightweight light-weight seamless holistic detailed
    nuanced meaningful successful faithful unified enhanced realistic plausible implausible generalist
    six seven eight nine ten eleven twelve dozens hundreds thousands millions billions
    valuable invaluable useful own clear clearer genuine faulty dominant brittle core exceptional
    gentle coherent convergent future highest strongest shallow transparent unreliable unfaithful trustworthy
    sustainable persistent strategic strict noteworthy labour-intensive labor-intensive in-depth unseen unknown
    relative routine raw dual standalone high-level low-level high-fidelity high-capacity high-confidence high-stakes
    high-precision rewritten petitive many-in-one i.e e.g etc versus vs among amongst onto upon toward towards""".split()
)

# Heads of lower-case technique phrases ("speculative decoding", "pipeline parallelism") -> concept.
CONCEPT_HEADS = frozenset(
    """decoding parallelism distillation quantization quantisation pruning sampling attention fine-tuning
    finetuning tuning pre-training pretraining post-training scaling prompting regularization
    normalization augmentation embeddings embedding tokenization compression sparsity routing batching
    offloading checkpointing parallelization parallelisation learning optimization optimisation
    encoding decomposition factorization distillation replay steering
    masking filtering curation merging ensembling reranking verification alignment
    sharing switching blending backtracking
    rollout rollouts computing computation mechanism modeling modelling transform transformation
    propagation descent clipping tokens kernels networks models model architecture architectures
    connections connection overlap memorization memorisation fusion
    compilation speculation drafting reward rewards bonus penalty
    regression assignment thinking generalization
    projection projections schedule simulation simulations decoder
    collapse minimization maximization migration computing
    clustering attacks""".split()
)
# Heads of task phrases ("machine translation", "question answering").
TASK_HEADS = frozenset(
    """translation reasoning generation answering summarization summarisation classification segmentation
    detection recognition understanding captioning synthesis editing grounding navigation planning
    prediction estimation proving mining forecasting tracking parsing tagging completion retrieval
    control manipulation serving rendering migration discovery modeling modelling
    scheduling inference retrieval reconstruction restoration enhancement super-resolution inpainting
    deblurring localization localisation counting transcription diagnosis screening monitoring
    nowcasting disambiguation labeling labelling stitching identification
    imputation redirection matting colorization colourization registration
    interpolation correction linking spotting diarization anticipation recommendation""".split()
)
# Heads that are too generic to make an entity even with a modifier.
GENERIC_PHRASES = frozenset(
    """language models large models base models open models inference computation training learning
    search model models memory tokens architecture architectures networks attention""".split()
)

# Base forms of verbs common in abstracts: without a tagger, these mark a word as "not a modifier".
COMMON_VERBS = frozenset(
    """accelerate achieve adapt add address adopt affect align allow analyze analyse apply argue assess assign
    attain attribute avoid balance benefit boost bring build capture carry cause change choose combine compare
    compete complete compress compute conduct consider consist construct contain contribute control convert
    create cut decrease define deliver demonstrate depend deploy derive describe design detect determine develop
    differ discover distribute drive eliminate emerge employ enable encourage enhance ensure establish estimate
    evaluate examine exceed exhibit exist expand explain exploit explore expose extend extract facilitate fail
    find fit focus follow form formulate gain generate give guide handle help highlight identify illustrate
    implement improve include incorporate increase indicate induce integrate introduce investigate involve keep
    launch lead learn leverage limit lock lower maintain make manage match measure meet minimize mitigate model
    motivate need obtain offer operate optimize outperform overcome perform permit pose predict present preserve
    prevent process produce propose prove provide push quantify raise reach realize reduce refine reflect
    release rely remain remove render replace report represent require reroute reveal run save scale select
    serve set share show simplify solve speed stem store study suffer suggest supply support surpass sustain
    take target tend test train transfer treat tune underperform understand unify update use utilize validate
    verify yield work write mislead stabilize shrink steer tackle lack master after before during like unlike
    empower empowers face faces struggle struggles remains grasp overemphasize emphasize
    execute observe reformulate harness elicit emulate enforce encode infer aggregate retrieve recover restore
    reconstruct synthesize synthesise translate classify recognize recognise plan schedule reason promote
    advance foster accomplish unlock bridge automate simulate characterize characterise reformulate revisit
    rethink benchmark tailor craft equip endow inject distill distil calibrate ground localize localise
    acquire aid assist evade collect distort strengthen streamline reinforce impair hinder hamper obscure
    overlook neglect ignore undermine compromise degrade bypass circumvent exploit manipulate imitate mimic
    bolster amplify alleviate ease accelerate expedite demand necessitate entail warrant""".split()
)
# General adjectives that describe rather than name a technique.
GENERAL_ADJECTIVES = frozenset(
    """unique correct incorrect suboptimal optimal superior inferior deeper broader careful impressive expressive
    sophisticated corresponding comparable promising fewer generic initial individual separate sufficient
    insufficient emergent inherent approximate massive downstream upstream leading reproducible nine ten
    interesting intuitive natural crucial critical essential necessary fundamental central primary secondary
    relevant irrelevant available unavailable desirable undesirable significant insignificant specialized
    widespread prominent increasing decreasing growing rapid slow quick heavy light huge tiny vast enormous
    entire whole complete incomplete extra less fine coarse broad narrow diverse similar dissimilar distinct
    consistent inconsistent stable unstable accurate inaccurate explicit implicit strong weak direct indirect
    single joint separate mutual internal external global local overall final intermediate native frontier
    contemporary emerging evolving underlying respective competitive reasonable remarkable substantial minimal
    maximal moderate extreme excessive dense real actual potential possible likely unlikely previous
    excellent rigorous deep noisy formal personal open-source high-quality higher-quality higher-order
    higher-fidelity flexible adjustable automatic progressive human wide-spread widespread rigid sharp
    representative large-scale small-scale harder easier simpler richer deeper wider faster slower stronger
    weaker longer shorter greater toward towards beyond against despite upon brief""".split()
)
# Past participles that do form technique names ("distributed training", "supervised learning").
PARTICIPLE_MODIFIERS = frozenset(
    """distributed supervised unsupervised self-supervised semi-supervised federated structured masked guided
    augmented grounded fused mixed shared layered weighted gated routed quantized pruned sparsified compressed
    randomized regularized normalized batched pipelined sharded interleaved constrained conditioned
    retrieval-augmented tree-structured graph-based rule-based model-based learned parameterized pretrained
    pre-trained fine-tuned instruction-tuned accelerated automated connected annealed""".split()
)
# -ing words that do form technique names ("sliding window attention", "scaling laws")
GERUND_MODIFIERS = frozenset("sliding rolling scaling learning training tracing streaming caching sampling "
                             "matching encoding decoding embedding pooling boosting bagging hashing ranking".split())
# gerunds that modify a technique's head only after another modifier ("KV shifting attention"); first in a
# phrase they are the verb ("shifting attention to ...", "routing generation through ...")
INNER_GERUNDS = frozenset("shifting gating routing mixing".split())

# Language names: "on English and Polish" or "a Somali corpus" names a language, not a dataset.
LANGUAGE_NAMES = frozenset(
    """english chinese mandarin cantonese japanese korean german french spanish portuguese italian dutch russian
    polish czech slovak ukrainian romanian hungarian greek turkish arabic hebrew persian farsi urdu hindi bengali
    bangla tamil telugu marathi gujarati punjabi kannada malayalam sinhala nepali vietnamese thai indonesian
    malay tagalog filipino swahili somali amharic yoruba hausa igbo zulu xhosa finnish swedish norwegian danish
    icelandic estonian latvian lithuanian basque catalan galician welsh irish luxembourgish hinglish
    multilingual bilingual monolingual""".split()
)


def is_language_pair(text: str) -> bool:
    """Two or more language names joined by hyphens or slashes: a translation direction, not a name.

    >>> is_language_pair("Catalan-English"), is_language_pair("English/French"), is_language_pair("WMT-English")
    (True, True, False)
    """
    parts = text.lower().replace("\u2013", "-").replace("/", "-").split("-")
    return len(parts) >= 2 and all(p.strip() in LANGUAGE_NAMES for p in parts)


# Names of people (and the adjectives made from them) that name mathematical objects: "Wasserstein distance",
# "Stackelberg game", "Johnson-Lindenstrauss lemma". Exact case; a hyphenated pair is one token. Left out: names
# whose objects are mostly standard metrics the guide keeps out of the entities ("Euclidean distance", "Pearson
# correlation"), and adjectives too common to name one object ("Bayesian").
EPONYMS = frozenset(
    """Gaussian Markov Nash Stackelberg Hopfield Boltzmann Ising Potts Hebbian Wasserstein Kullback-Leibler
    Jensen-Shannon Hausdorff Lipschitz Hessian Jacobian Laplacian Laplace Fourier Gabor Kronecker Procrustes
    Runge-Kutta Johnson-Lindenstrauss Gumbel Dirichlet Poisson Bernoulli Euler Lagrangian Hamiltonian Hilbert
    Banach Riemannian Koopman Eikonal Navier-Stokes Nernst-Planck Fokker-Planck Schrödinger Kolmogorov Krylov
    Lanczos Cholesky Householder Hadamard Walsh-Hadamard Toeplitz Vandermonde Chebyshev Legendre Hermite Bessel
    Metropolis-Hastings Gibbs Langevin Ornstein-Uhlenbeck Wiener Kalman Brownian Bregman Mahalanobis Shannon Rényi
    Renyi Cramér-Rao Cramer-Rao Hoeffding Chernoff Sinkhorn Kantorovich Nesterov Polyak Huber Kuramoto
    Kuramoto-Sivashinsky Burgers Helmholtz Helmholtz-Hodge Newton Gauss-Newton Levenberg-Marquardt Zipf
    Bradley-Terry Plackett-Luce Shapley Tikhonov Wishart Cauchy Weibull Perlin Voronoi Delaunay Dijkstra Bellman
    Viterbi Baum-Welch Turing Yoneda Kakeya Goodhart Jacobi Gauss-Seidel Lyapunov Nyquist Beta Gamma Erdős-Rényi
    Barabási-Albert Lotka-Volterra Allen-Cahn Cahn-Hilliard Black-Scholes Reed-Solomon Cooley-Tukey
    Hamilton-Jacobi-Bellman Taylor Padé Galerkin Petrov-Galerkin Arnoldi Kaczmarz Frank-Wolfe Gini
    Kakutani Brouwer Sobolev Besov Wigner Kac Feynman-Kac Stein Hopf Lie Fisher Mises-Fisher""".split()
)
# the first halves of hyphenated pairs too: "Kullback–Leibler" (an en dash) is three tokens
EPONYM_STARTS = EPONYMS | frozenset(e.split("-", 1)[0] for e in EPONYMS if "-" in e)
# What such a name names: an object of mathematics, a model or a procedure. Not "noise", "prior" or "kernel",
# which a paper uses as a setting ("Gaussian noise") rather than a technique of its own.
EPONYM_HEADS = frozenset(
    """theorem theorems lemma conjecture dimension distance divergence process processes chain chains integrator
    integrators inequality game games equilibrium equilibria model transitions width identities identity equation
    equations distribution distributions operator operators decomposition transform transformation filter filtering
    sampling sampler dynamics motion entropy information complexity algorithm method test network networks machine
    machines expansion series analysis product manifold manifolds geometry curvature loss regularization descent
    whitening signaling embedding embeddings metric iteration iterations bound bounds solver solvers""".split()
)


# Modifiers that say HOW something is done: with a task head they name a technique, not a task
# ("parallel reasoning", "generative modeling", "anchored generation" vs "mathematical reasoning").
MANNER_MODIFIERS = frozenset(
    """parallel sequential implicit explicit counterfactual latent iterative autoregressive non-autoregressive
    bidirectional generative masked discrete causal hierarchical adaptive speculative interleaved anchored
    progressive contrastive conditional unconditional guided self-supervised semi-supervised supervised
    unsupervised retrieval-augmented round-trip multi-step step-by-step batch distributed decentralized
    cross-modal cross-system""".split()
)
