"""The extractor's version: one constant, stamped on every ``Extraction`` for provenance.

Bump it whenever rules, components or gazetteer loading change what is extracted,
so a build can tell stale extraction records from fresh ones; also when kg.builder changes how an
extraction is laid out in the graph (a build replaces every paper whose extraction activity names
another version, so an old store is rebuilt, not mixed). 0.3.1: one pkg:occurrences literal per entity
instead of mention nodes, the agent described once in graph/provenance. 0.3.2: what is said of a paper
and its claims (metadata, paper->entity relations, claims) in the default graph instead of
graph/paper/<id> and graph/extracted/<id>. 0.3.3: known names that share a head across a coordination
("data, pipeline, and tensor parallelism"); a mention that writes only the first words of a name is
not one of its spellings ("data" is not a name of data parallelism). 0.3.4: a coined name and the
spelled-out form in brackets after it are one entity even when the name does not spell it in order
("VOGUE (Visual Uncertainty Guided Exploration)"); a rate or ratio the paper only uses ("Word Error Rate
(WER)") is a metric, not a method; fewer false hardware and model names from shapes; acronym plurals; an
acronym the paper spells out as something else is not the gazetteer's ("DSP (Dynamic Sequence
Parallelism)" is no processor); metric names in lower case and capitalised generic model classes are no
entities; a claim's "it" is the paper's own name from the sentence before. 0.3.5: Title-Case names of
modules ("... Adapter", "... Block", "... Guidance") are methods, and those right after the paper's own
system and its verb are its named parts, proposed; "AMC23:+27.5%" splits at the colon; one-word CamelCase
names match in their other capitals ("Datacomp", "AGIEVAL"); "our NMT systems" proposes nothing; language
pairs and lists on hardware ("on x86-64 and ARM platforms") are no datasets; FLOP units, VRAM; "mathematical
reasoning (MATH-500, ...)" defines no acronym; "Llama-68M" is a model; a known concept or task is proposed
only when named right after the proposal verb; "Contrastive Language-Image Pretraining (CLIP)" is the
model; "we benchmark Qwen3-8B" proposes nothing. 0.3.6: a claim in "our experiments/results/evaluation
... show that X reaches ..." is X's, not the paper's own thing's, and a benchmark the paper introduces is
the subject only where the sentence names it as the thing measured ("we release CapArena-Auto, ...
achieving 94.3%"), and a number opening a bracket after a beaten model ("surpassing GTA-1-7B (50.1% with
...)") is that model's score; "On the ParEval benchmark, ParEVO achieves ..." lists no second benchmark; the entity
labels gain pkg:mainType (a build replacing every paper writes it for all); entity keys keep accented
letters without their accents and spell out Greek letters ("PixArt-α" and "PixArt-Σ" were one node).
0.3.7: a number with its own article after a list ("up to 56.7x speedup ... and a 4.14x throughput
improvement") does not share the list's qualifier; a claim's measure is what the number measures, read
strictly (claims.measures: "cutting reasoning chains by up to 4 times", not the "performance" of an earlier
clause; no measure from what stays the same, "without performance degradation"; a list's measure for
the numbers that continue it); detection, segmentation and retrieval metrics are measures (mAP, AP, mIoU,
Dice, F1-score, NDCG, top-1 accuracy, sensitivity); "Poster:", "Demo:", "Revisited:" open a title without
naming anything.
0.3.8: a name spelled by the capitals of a phrase in its sentence, without brackets ("ARGENT, Adaptive
hieRarchical imaGe-tExt represeNTation"), is an acronym with that long form; unknown names in a list of
examples take the type of its known members ("such as IMPALA, Apex, Seed RL, Sample Factory"); a title's
head noun before another capitalised word modifies it ("Environment Execution Engine"); "X Technical
Report" introduces X; Qwen3-Omni is not Qwen2.5-Omni; a task is never proposed ("a novel RVOS architecture
called ProxyFormer" proposes ProxyFormer); baselines named by "X improves the SOTA model by", "2.8x that of
X", "the solutions provided by X", not by a cue without an object ("surpassing in some cases"); "mechanism"
ends no name; an "-Eval" suffix leaves the type to the abstract; "Inclusion-of-Thoughts (IoT)" in the
title keeps a stoplisted acronym; "X Module"'s coordination ("Feature Erasing and Purification Module")
is one name; "ZAYA1 (760M active, ...)" and "ZAYA1-base" are models; unknown names listed after a dataset
head ("long-tailed datasets such as CIFAR10-LT, ImageNet-LT") are datasets.
0.3.9: an acronym whose lower-case long form ends in a known technique's acronym ("prolonged RL (ProRL)") is a
technique, and the paper's own when a later sentence introduces it with an appositive ("We introduce ProRL,
a novel training methodology"); "multi-GPU" and "single-GPU" name the GPU; Claude Code, GitHub Copilot, Codex
CLI, Gemini CLI, Google Translate, Yandex Translate, Microsoft Translator and DeepL are methods (named
systems), not models; bare "zero-shot" and "few-shot" name the learning settings where no longer name holds
them (a weak gazetteer signal, concepts_fill.tsv); a quality that is hurt ("hurts stronger models (up to
5.6%)") or reduced ("reduce solve rate by 73%": solve rate is a measure, not the verb) is an overhead; the
sign of "up to +5.4%" says gain; "than using the BERTScore" names the baseline BERTScore; a short form in brackets
may have up to 20 characters ("Depth Anything at Any Condition (DepthAnything-AC)"); the numbers after a known
dataset or model name are its siblings ("AIME24 & 25", "AIME 2024/2025", "CIFAR-10/100"); ERA5, MERRA-2, WMT25,
SWE-bench Pro, CIFAR-100-C, OpenAI's text-embedding-3 models and the Prithvi models are known.
0.4.0: versions of a model, method or dataset that the gazetteer had listed as spellings of their family are
entities of their own, linked to it by their family (AlphaFold 2 and AlphaFold 3, PASCAL VOC 2007 and 2012,
Phi-4-reasoning, DeepLabv3+, RWKV-7, and about 150 more), as the guide keeps versions apart; a defined short
form followed by a novel appositive is the paper's own and typed by it ("symbolic pattern planning (SPP), a
novel planning approach"); baseline lists read "sentBERT" and stop at "even" or "alone"; a year after a known
dataset is its edition ("BraTS 2024", "IWSLT 2022"); "Multiverse 1K" is built like a dataset; Wikipedia,
Wikidata, Freebase, ConceptNet, YAGO, CLEVRTex, Super-CLEVR, the MOVi datasets and WoodScape are known.
A name that the words after its comma call a tool, model or dataset has that type ("evaluated Sherpa Rx, an
artificial intelligence tool"; "CLAM, a ResNet50-based model"), without being the paper's own; a hyphenated
variant of a proposed name is proposed whatever its type ("CLAI-Tune, a fine-tuned model" after CLAI).
"nearly doubles the success rate" is a 2x improvement; less of a bad thing (deviation, hallucinations,
collisions, failures) is an improvement, not a reduction or an overhead; a number with a time unit written
against it ("from 392.54s to 357.02s", "in 77s") is read with its unit.
Title-Case names of two words or more in an enumeration of a system's parts ("three components: (i) an LLM
Planner, ...; (ii) a Task Fetching Unit, ...") are the paper's own methods; a language pair matches in any
case ("WMT 2014 En-Fr"); "compared to 31.9% with the best-performing baseline" names that baseline; a time
after a result and "at" is where the result was read ("3.1% mAP at 10s"), not a result; of two heads in an
appositive, the second is the head ("a novel model compression technique" types a method); a bracketed list of
two names or more after a plural noun is a list of peers ("parallel datasets (FLORES-200 and Bible)"), and
defines no acronym ("baseline models (ST-GNN, GCN-LSTM, XGBoost)"); "Phi-4-reasoning Technical Report" proposes
Phi-4-reasoning (the special case that skipped such names went with the gazetteer's split of Phi-4).
0.4.1: a lower-case name the paper coins is its own, typed by an appositive on either side ("we propose
gradient rectification, a simple technique"; "we introduce a simple method, whiteboard-of-thought prompting,")
or by the head before a naming word ("a decoding strategy termed confident decoding").
0.4.2: a count of devices written as a product ("on 8x H800 GPUs", "8xA800") is setup, not a speedup, and
names its processor; Command A, Command R+ and the PanGu versions are their own models, m-ArenaHard a dataset;
a short form in the abstract with exactly the capitals of the title's name before its colon is that name's
("Fast Chain-of-Thought: ..." and "we propose FastCoT" are one method); "reducing utility degradation by 5-7x"
is an improvement.
0.4.3: a slash list of modifiers shares its head, past members that make no known name
("data/tensor/zero/expert/pipeline parallelism" names four concepts).
0.4.4: a ratio followed by "its/their/the size" compares a size ("outperforms models ten times its size",
"twice the size of the largest dataset"), no result; OpenThoughts-v3, OpenMathReasoning and OpenR1-Math-220K are
known datasets.
0.4.5: concepts the gazetteer had merged into a neighbour are their own (token merging, token compression and
token reduction apart from token pruning; self-correction, self-critique and self-verification apart from
self-reflection; local attention, data leakage, co-design, the 3D/4D, low-bit, KV cache eviction, gradient
sparsification and sparse-kernel kinds with their family); the Fourier Neural Operator is a method.
0.4.6: a "+" names another thing: HumanEval+ and HumanEval, FlashDecoding++ and FlashDecoding, Command R+ and
Command R, LoRA+ and LoRA are two entities when a paper names both (the resolver's merge key had dropped the
"+", and so had the gazetteer's lookup); tasks the gazetteer had merged into a neighbour are their own (fact
verification, misinformation detection, CTR prediction, sequential recommendation, GUI grounding, cross-modal
retrieval, text-to-3D and image-to-3D generation, speech separation, the traveling salesman and vehicle routing
problems, multi-hop reasoning, context window extension), and so are Isaac Sim and Isaac Lab, FlashDecoding++,
S4D, ROCStories, Natural Instructions, the MovieLens sizes, ChestX-ray8, EPIC-KITCHENS-100 and Flickr30k Entities.
0.4.7: models the gazetteer had merged into a sibling are their own: Claude 2.1, MusicGen and AudioGen, the
Phi-3 and Phi-3.5 sizes, Cosmos-Predict and Cosmos-Reason, MiniMax-Text-01 and MiniMax-VL-01, DeepSeek-R1-0528,
DeepSeek-V3-0324, Llama-Nemotron and Nemotron Nano, each linked to its family.
0.4.8: "named entity" is no naming cue ("Clinical named entity recognition tools map free text to Unified Medical
Language System (UMLS) ..." had made UMLS the paper's own); UMLS, SNOMED CT and MeSH are known data sources.
0.4.9: tools named for what they do type a name as a method ("MUTrack, a SAM-based ... tracker", "FlowDet, a
high-speed detector"; also tokenizer, generator, verifier, classifier, retriever, editor, predictor, parser, ...).
0.4.10 (graph layout only: the same extractions): the entity labels in the default graph repeat every family
link (skos:broader) the papers' graphs state, so that the queries that reach a family's members read the
default graph alone; a store built before is rebuilt by the next build of all its papers.
0.4.11: multimodal reasoning models the gazetteer lacked (R1-Onevision, LlamaV-o1, Vision-R1, MM-Eureka, LLaVA-CoT,
QVQ, Skywork-R1V, MiMo-VL, ...): "R1-Onevision: 69.07% to 5.65% on Hades" had made a dataset of one.
0.4.12: a name followed by an appositive whose first words spell it ("MAGE, a Multi-task Architecture for Gaze
Estimation with ...", "STAR, a Stage-attributed Triage and Repair framework") has them as its long form, as a
bracket would give it (about one abstract in a thousand; "Repair" is no name of its own).
0.4.13: a name the paper proposes as another kind of thing than the known one spelled alike keeps its own
spelling as its canonical name ("we propose MetaWorld, a novel framework" is not the Meta-World benchmark; "One,
dubbed CP, relies on commonsense knowledge" is not context parallelism), so the graph does not merge the two.
0.4.14: "monolingual data" and "high-resource languages" name data and languages, no technique: no concepts.
0.4.15: dBA and dBm are units ("a noise reduction of approximately 8 dBA" is a reduction claim, not the method
dBA); "MultiModal" alone, CamelCased in a title, is no name.
0.4.16: a standard metric after a hyphen names a variant of it, no method ("citation-F1", "BERTScore-F1").
0.4.17: a name defined after "for" that modifies the noun after its bracket says what the new system is for,
and is not proposed ("a method for one-handed Deformable Linear Object (DLO) knot tying", "... for
Belief-Desire-Intention (BDI) robots").
0.4.18: robot arms (UR5e, Franka Emika Panda, Kinova Gen3, xArm) are no methods.
0.4.19: an appositive after a short form in brackets types it as one after a bare name does ("Heart-to-Heart Talk
(H2HTalk), a benchmark assessing ..." is a dataset), except a model head, mostly an architecture there.
0.4.20: a compression ratio or rate is a measure, more of it a reduction ("up to 10 times higher compression ratios"
had been a 10x speedup).
0.4.21: a "+" that no gazetteer entry writes names another thing: "ImageNet++" and "GSM8K+" are not ImageNet
and GSM8K (so "we introduce ImageNet++" proposes it).
0.4.22: an acronym that its definition types "method" only for want of any signal takes the type its sentences
give it ("VEELA: A ... Benchmark for ..." with "We introduce VEELA (Vessel Extraction and Extrication for Liver
Analysis), a ... dataset" is a dataset); an appositive's hyphenated words count as one word each in its window
("X, a large-scale and realistic CTTA benchmark"), and a head after "on", "from" or "by" is no longer its type
("Phi-3-MusiX, an MLLM fine-tuned on our dataset").
0.4.23: the head noun that types a title's "NAME: subtitle" name comes before the subtitle's first preposition
("FreeMorph: Tuning-Free Generalized Image Morphing with Diffusion Model" is a method, not a model).
0.4.24: gazetteer: SIFT and SURF, PyTorch's Distributed Data Parallel, HM3D, LINEMOD (and its occluded split) and
YCB-Video; clDice is a metric, no method.
0.4.25: "X outperforms CoT by +5.76% and PoT by +8.42%": each "by" value after the first is over the name before
it (8.42% had been over CoT, with PoT its subject).
0.4.26: a name a proposal sentence gives the paper's own thing ("we propose a hybrid instantiation called SGG") is
not the task or concept a gazetteer knows by it (scene graph generation), anywhere in the abstract.
0.4.27: "recommendation" heads a task ("Cross-Domain Sequential Recommendation (CDSR)" had been a method); a long
form ending in "room(s)" names a place ("Operating Rooms (OR)"); a task's or concept's long form is lower-cased
per hyphenated part too ("cross-domain sequential recommendation", not "Cross-Domain sequential recommendation").
0.4.28: gazetteer: BLOOMZ (and mT0) are models of their own, not aliases of BLOOM; SMPL and SMPL-X, parametric
body models, are methods.
0.4.29: "above" names a baseline ("10.0 points above the standard CoT baseline"; not "the above problems"); "or"
and "and" alone are none ("while matching or improving accuracy" had made "or" one); gazetteer: the highD, inD,
rounD and exiD traffic datasets, Sokoban and FrozenLake.
0.4.30: the bounds of an interval in square brackets are no results ("AUROC of 0.995 (95% CI [0.994, 0.995])",
"estimated difference = 0.758 [0.494, 1.021]").
0.4.31: the name a change verb takes as its object is no claim's subject ("grounding raises TreeSim from 0.720 to
0.789, a roughly 10% relative gain" is SIGA's gain, not TreeSim's).
0.4.32: a named part of the paper's own dataset that nothing else types is a dataset too ("GRACE-Inference", a track
of the GRACE benchmark, had been a method); "union" ends a long form that names no technique ("European union
(EU)").
0.4.33: a metric unit after the closing dollar of TeX math is the number's ("a $2.5$ dB improvement"); gazetteer:
SAM 3D is no bare SAM; NBA, NFL and FIFA are no methods.
0.4.34: gazetteer: DGX A100, DGX H100, DGX B200 and DGX Spark are machines of their own under NVIDIA DGX (a claim
"3.7x over a DGX H100 and 6.6x over a DGX A100" compares with two).
0.4.35: a type head alone is no name unless the gazetteer knows it ("proposes a Vision-language Model (VLM)
framework" had made "Model" a proposed model; "Transformer" stays).
0.4.36: gazetteer: the model-editing methods ROME, MEMIT, MEND and AlphaEdit ("Rank-One Model Editing (ROME)" had
been a task by its last word).
0.4.37: gazetteer: the 2025-26 frontier models external-80k names most that no rule found (Claude Opus 4.5-4.7,
Claude Sonnet 4.6, Gemini 3 Flash, Gemini 3.1 Pro and Flash): "Claude Opus 4.6" had been Claude, "Gemini 3
Flash" Gemini 3.
0.4.38: a known model's tier word and a version after it name a new member of its family ("Claude Opus 4.8" had
been Claude).
0.4.39: "agents", "statistics" and "encoder" no longer head lower-case concepts ("LLM agents", "noise statistics").
0.4.40: hallucination, sycophancy, backtracking, chunking, sharding and pipelining are concepts; hallucination
mitigation a task; a one-word concept that begins a longer known term takes no acronym-based modifier
("UQ-based hallucination detection").
0.4.41: 2D Gaussian Splatting (had been 3D Gaussian Splatting), Kolmogorov complexity, the Wilcoxon signed-rank
test, MLLM-as-a-judge and Monte Carlo simulation are known.
0.4.42: 4D Gaussian Splatting (4DGS) is known.
0.4.43: a system's parts enumerated as "1) a Planning Network that ..." (no opening bracket) are its own named
parts, as "(1) ..." were; "capabilities" names parts, and "mechanism" may follow a part's name.
0.4.44: Title-Case names that open the items of a list of parts after a colon ("three key designs: X that ...;
Y ...; and Z ...") are the paper's own.
0.4.45: a lower-case name after a colon that follows the kind of thing proposed ("we introduce a new scaling
paradigm: native thought parallelism") is the paper's own.
0.4.46: a plural acronym defined as a plain thing ("content providers (CPs)") keeps its singular from meaning
what the gazetteer knows by it ("CP competition" is no context parallelism).
0.4.47: a result's unit right before "on" cues a dataset also in a sentence without evaluation words ("lifts
... by +15.7 pp on PhysReason").
0.4.48: Claude tiers written without "Claude" and with a decimal version ("Sonnet 4.5", "Haiku-4.5") and "Needle
in a Haystack" without "test" are known.
0.4.49: BAGEL, MMaDA and the Torrance Tests of Creative Thinking are known.
0.4.50: hyphenated points are a result's unit when a gain word follows ("a 17-pp delta", "a 3.7-point average
improvement"), not before other nouns ("a 5-point scale").
0.4.51: a baseline list stops at "and outperforms/surpasses ..."; a possessive before a name stays in the baseline
("compared to NVIDIA's CUTLASS").
0.4.52: lower-case technique names listed after a count of a system's parts ("three key components: ..., balanced
sparse ring attention, and ...", "three techniques, i.e. ...") are the paper's own methods.
0.4.53: the times of a task's stages are time measures ("reduces annotation time by 40%" is a speedup), and a time
that the verb increases is an overhead ("increases completion time by 19%").
0.4.54: a title prefix that pairs two things ("CLIP Meets Diffusion: ...") names nothing.
0.4.55: nor does one with a verb or auxiliary standing alone in it ("LLMs Are Not Scorers: ...").
0.4.56: discourse words and abstract headings ("Together, our ...", "Conclusion: Our ...") start no name.
0.4.57: a long form that ends in what a system senses or drives ("Synthetic Aperture Radar (SAR)", "Low Earth
Orbit", "Autonomous Vehicles") names no technique.
0.4.58: SQL, MIDI, HVAC, IMU(s), LiDARs and MRI's T1-/T2-weighted are no entities (stoplist).
0.4.59: objects named after people are methods ("Stackelberg game", "Johnson-Lindenstrauss lemma", "Kullback–Leibler
divergence", "Runge-Kutta time integrator"): an eponym of ``lexicon.EPONYMS`` and a head of ``EPONYM_HEADS``.
0.4.60: a URL wrapped in LaTeX's \\url{...} or \\href{...}{...} is one token: its account names are no methods.
0.4.61: qualities of an image or signal defined with an acronym ("high-resolution (HR)", "low-quality (LQ)") are
stoplisted, and a stoplisted long form's short form names nothing of its own in that abstract.
0.4.62: a title's prefix of one lower-case word is a name ("torchmil: A PyTorch-based library ...").
0.4.63: after "we propose a <description>", a name given by "namely"/"called" is the proposal ("a fine-grained
AV-LLM, namely Dolphin"), and a hyphenated model class before it ("AV-LLM", "Video-LLM") types it a model.
0.4.64: baselines: a name may start with a digit ("the 1F1B schedule", "3DMAC"; a number with a unit is still
none), a phrase stops before "up to", drops a trailing "and", and a comparison goes on through "while" with a
participle ("matches MoE architectures while reducing the parameters by 20%").
0.4.65: a name right after "we propose" stays proposed past a bracketed long form of any length ("SpecExec
(Speculative Execution), a ..."); a dataset's resolution written in three words is its variant ("ImageNet-1K 256
times 256", canonically "ImageNet-1K 256x256").
0.4.66: "management", "transfer" and "search" head no lower-case concepts ("flood management", "image search",
"garment transfer": right 4 times in 27 over the gold sets); the known techniques among them are gazetteer
concepts (random, grid, best-first, exhaustive, graph and binary search; context management).
0.4.67: nor do "matching", "exploration", "programming", "initialization", "communication" and "caching" (right 5
times in 32 over the gold sets); template and graph matching, genetic, probabilistic and concurrent programming,
distribution matching and asynchronous communication are gazetteer concepts.
0.4.68: "parallel data" is no gazetteer concept (listed 2 times in the 10 gold abstracts that write it).
0.4.69: a slash between a dataset name's numbers names two datasets ("CIFAR-10/100-C" is CIFAR-10-C and
CIFAR-100-C, "CIFAR10/100-LT" CIFAR10-LT and CIFAR100-LT), as a slash between sizes names two checkpoints.
0.4.70: a range of whole numbers before a rate is a result ("4-6 tokens per second", "100-200 FPS"), and a unit
written "X per second" is "X/s" as the guide writes it ("tokens/s").
0.4.71: stoplist: the metrics CodeBLEU, PickScore, BLEURT, MAUVE, minADE, minFDE, HPSv2(.1).
0.4.72: rates of what should not happen are measures where lower is better ("reduces attack success rates by
30-60%", "reduces bias by 84%", "a 77% collision rate reduction", flip and hallucination rates): improvements.
0.4.73: "below"/"behind" a reference and "trails" are overheads ("82 points below the human baseline", "7.1 pp
behind Sonnet 4.5"); "below 0.2%", a bound on the number, is not.
0.4.74: "exceeding"/"surpassing" right before a number bounds it ("acceptability exceeding 94%" is a score), and
"shorter" is a reduction cue ("a sequence length 10x shorter"; a time measure still makes it a speedup).
0.4.75: segmentation, image, generation and speech metrics written after a bare number are its unit ("65.1 mIoU",
"0.94 SSIM", "1.82 gFID", "8.2 WER").
0.4.76: effect sizes and agreement statistics name the score after them ("Cohen's d = 1.47-3.13", "Krippendorff's
$α$ = 0.70", "a Cohen's kappa of 0.81", Fleiss' kappa).
0.4.77: an achieved rate is a scale claim with throughput its measure ("502 petaFLOP/s", "166 FPS", "25 tokens/s";
FLOP rates are units); "10+%" is over 10%; a times sign before a lone letter is a shape ("$2\\times m$").
0.4.78: shared tasks and challenges are datasets ("SemEval-2026 Task 3", "the S23DR 2026 challenge", "the NTIRE 2025
Challenge", canonically without the head), never the paper's proposal; "X at <shared task>:" in a title is a team's
entry, not a name the paper introduces.
0.4.79: a model's name with variant words and a size written apart is one checkpoint ("Qwen2 VL 2B" is Qwen2-VL-2B,
"GPT 4o mini", "Llama 3 8B"); a class noun types the name right after it ("the multilingual model TowerInstruct", "a
new benchmark MuSciClaims").
0.4.80: hardware gazetteer: Xilinx Kria KV260 (and its SoM), Xilinx VCK190, ARM CPUs and processors, MPSoC.
0.4.81: a value after "of only" is a result ("an SAA of only 76.0", "a latency of only 180 ms"), no longer a
baseline's own; a variant word alone ("VL 2B") is no model's name.
0.4.82: "clustering" and "attacks" head lower-case technique phrases ("user clustering", "membership inference
attacks"); concepts_corpus.tsv regenerated (+3 terms).
0.4.83: overheads: a quality "within" a bound of a reference ("accuracy within 3 percentage points"), a cost added
("30 ms of added latency", "a 1.3 pp accuracy cost"); "percentage-point" with a hyphen is pp.
0.4.84: a named method or model before a technique word keeps its own name ("DPO fine-tuning" is DPO and
fine-tuning, not one concept; "RL fine-tuning" stays one).
0.4.85: as many Title-Case names as a count of a system's parts says are those parts ("five specialized modules:
Thinker, Talker, Face Animator, ..."); a one-word item must be a name or an agent noun.
0.4.86: a background word in a closing clause that reads the result ("..., indicating that the system often
reached ...") no longer makes the sentence background.
0.4.87: a gain "over baselines" is a result, not a baseline's own value ("by 7.5% over baselines"; "a 36% baseline"
stays one); both ends of a range "ranging from 32.2% to 10x" are results.
0.4.88: a whole-number range before dB or ms is a result ("by 3-4dB", "within 1-2 dB", an overhead).
0.4.89: a duration written in words is read as its numeral where it is the time taken ("takes five minutes",
"in less than seven seconds"; not "across two days").
0.4.90: bare sizes listed after a sized model are its sibling checkpoints ("Llama 3B \\& 8B", "Llama-3-8B & 70B",
"Qwen-2.5 7B, 32B").
0.4.91: concepts gazetteer: "diffusion-based", "game-theoretic" and "pseudo-labels" name their families (diffusion
models, game theory, pseudo-labeling).
0.4.92: a known term ending in "-ss" matches its plural in "-es" ("agent harnesses", "contrastive losses").
0.4.93: concepts gazetteer: "feedforward network" and "feed-forward layer" are the feed-forward network.
0.4.94: as many Title-Case names as a count of datasets says are those datasets ("across four datasets: Waymo,
NuScenes, Argoverse, and PandaSet").
0.4.95: names in a list before "metrics", "scores" or "measures" are metrics the paper uses, no entities nor a
claim's benchmarks ("on SIM, CC, NSS and AUC-J metrics"), unless one is a known benchmark or task ("AIME24 & 25
scores") or the paper introduces them.
0.4.96: a LaTeX wrapper round a whole word opens or closes an acronym's long form, not part of it ("we propose
\\textbf{SpatioTemporal Adaptive Reward (STAR) Allocation}" had the canonical name "\\textbf{SpatioTemporal ...").
0.4.97: a number below 1 or with three decimals after a model or benchmark name is a result, no version of it
("ResNet50 0.566 versus ...", "PDS: Qwen 0.907"); "v0.3" still is.
0.4.98: a release word after a known model's version is part of its name ("Stable Diffusion 3.5 Medium", "SD 3.5
Large", "GPT-2 Small", "Claude Opus 4.7 Preview"), with the gazetteer's spelling where it knows the release.
0.4.99: "Using" in a title's prefix makes it a description, no name ("Anomaly Detection Using Computer Vision:").
0.4.100: the method or model an achieving verb follows is the claim's subject ("with GPT-4o achieving 79.54%",
"Qwen2-Audio achieves only 52.50%"), before the paper's own thing its "we" would give; not a name listed with
others, built on ("powered by Baichuan-M2 achieves") or before a noun "score".
0.4.101: tokenizer: "-synthesized", "-derived", "-annotated" (and "produced", "labeled", "created", "curated")
split off a name ("PathoGen-synthesized", "ImageNet-derived" had been names of their own), not off a word
("human-annotated"); a name such a word modifies is no dataset of an "on" list ("on MedImageInsight-derived
embeddings").
0.4.102: a ratio written as one word ("fivefold", "tenfold") is a number, and no baseline's name; a word-fold before a
noun that is no change nor measure counts parts ("a twofold contribution", "a threefold framework for").
0.4.103: a capitalised name opening with a word the tokenizer split a modifier off keeps it ("Multi-level
Pseudo-label Filtering", "Consistency-aware Entropy Reweighting" had lost their first words).
0.4.104: values before "thresholds" or "split" are settings, no results ("when applying 90%, 80%, and 70%
thresholds", "a balanced 50/50 split"; "a BLEU-4 of 72.6% in split 1" stays one).
0.4.105: acceptance length and acceptance rate are measures of a draft's quality ("increases accepted length by up
to 30%" is an improvement, no score; "5x higher acceptance length than EAGLE3" no speedup); a speedup's measure is
its speed, not a quality named before it ("an acceptance length of 5.92 and a 4.20x speedup").
0.4.106: a reduction whose verb names its object is of that object, not of a quality named before it ("reduces
MACs by over 43.87%" after an acceptance length; "reducing per-query computation by 99.82%" after Recall@1); less of
an error rate is a gain (FPR95, EER, false positives, Hausdorff and Chamfer distances, NLL, MAPE, ECE, LPIPS).
0.4.107: an acceptance length is a result ("reaches draft acceptance lengths of up to 32 tokens", "an acceptance
length of 5.92"); a known measure right before "of" is the number's measure, the noun after it its unit ("an
acceptance length of 3.2 tokens", "an average Dice score of 84.90% in a limited data setting"); "accepted draft length" is no achieving verb ("raise accepted draft length by 21-76%").
0.4.108: the paper that introduced a name the gazetteer now knows proposes it when the title names it and the
abstract introduces it with an appositive ("The Belebele Benchmark: ..." / "We present Belebele, a ... dataset");
"The proposed X (ACR)" names the paper's own ("The proposed Load Limiting Control (LLC) scheme"); a proposal verb
starts a word of its own ("long-term" is no "we term", "the recently-proposed" no "we propose").
0.4.109: a passive proposal names the paper's own parts, in papers that write no "we" ("A dynamic graph
convolutional feature extractor (DGCFE) was introduced", "the Concept-Anchored Mapping method is proposed", "The
Context Fusion Block (CFB) and Up-sampling Network (Up-Net) are designed"); not "are designed to" said of a known
thing ("Computer Use Agents (CUAs) are designed to operate ..."), "has been proposed", nor "an LLM-empowered agent".
0.4.110: an appositive after a bracketed long form types the name ("SNEAK (Secret-aware ... Knowledge), a benchmark
for ..." is a dataset); "a suite/collection/family/series of" is of its members' type when they have one ("a suite
of cross-lingual embedding models" is models; "a suite of training data" and "the largest collection of Earth
system simulations" stay datasets: only a head that ends its noun phrase counts).
0.4.111: gazetteer: classical anomaly detectors (Isolation Forest, Local Outlier Factor, One-Class SVM), 3D vision
and robotics tools (COLMAP, ORB-SLAM, VINS-Mono, Kalibr), IBM Model 1, Latent Dirichlet Allocation, DeepWalk,
node2vec; Open-Sora 2.0 and Grok Imagine.
0.4.112: an acronym whose long form opens the title, or its part after a colon, is the paper's own ("Rapeseed
population point cloud completion network (RP-PCN) with ...", "...: The Object Detection for Olfactory References
(ODOR) dataset"); not one inside a title ("Integrating Unscented Kalman Filter (UKF) with ...").
0.4.113: every value of a baseline list after "compared to"/"versus" is the baselines' ("compared to 0.52 m / 29 %
for the Nerfacto baseline and 0.36 m / 21% for ...", "compared with 80.1% for X and 82.9% for Y"), unless it starts a
comparison of its own ("(0.82s vs. 1.51s, 65.98 vs. 61.11)"): 28 of 363 external-80k abstracts with such lists lose
a baseline's value, all read, all right. A period observed is no result ("traces ... over 213 days", "for 14 days"):
16 of 67 external-80k abstracts with the form lose such a claim, all right.
0.4.114: a proposal's name stops at what it uses ("proposes a novel approach utilizing a Vision-Language Model
(VLM)", "a dataset using Change My View (CMV)"); "Learning", "Training", "Neural", "Scaling" and "Understanding" go
on with a Title-case name though they start none ("Visual-guided Emotion Interpretable Learning", "Compositional
Planning Reinforcement Learning"); a structured abstract's "Goals:" heading is no appositive's name.
0.4.115: a value after "and" is no baseline ("w.r.t. the standard autoregressive decoding and nearly 2x when
scaling").
0.4.116: a name whose bracketed acronym modifies a noun is used, not proposed ("proposes Artificial Neural Network
(ANN)-based image-processing techniques", "a Role-value Mixing Network (RMIX)-based assignment strategy").
0.4.117: a participle after a comma is no appositive ("Cross-Benchmark Ranking Consistency, measuring whether ...
model rankings" is no model; "AvatarMakeup, leveraging a pretrained diffusion model" neither; "ARMBench-VL, comprising
three benchmarks" still a dataset; "(R2Q)-a novel framework" is no "(ACR)-based" modifier); "later" and "then"
start a clause of their own ("increased to 84.87% later it slightly decreased": a score, no reduction).
0.4.118: a proposal's name also stops at "combining", "integrating", "incorporating" and "exploiting" ("proposes an
integrated framework combining coarse-grained (CG) molecular simulations": CG is used, not proposed).
0.4.119: a bare number in LaTeX math mode reads as the number ("$64$ sampling times", "$+7.89$ points"): a "$"
before it had counted as a metric, so every count in math mode had been a result (of 939 external-80k abstracts
with such numbers, 312 change: 509 claims go, nearly all sizes, counts and settings, 78 come); a range or name in
math mode keeps its dollars. WER, CER, MAE, (R)MSE, SSIM, LPIPS and EER before a value name its metric, as do
"F1-macro" and "macro F1"; a number before "improvement", "gain" or "boost" is a result ("an absolute +7.89 average
improvement").
0.4.120: a name that starts with a digit may prefix a title ("2BP: 2-Stage Backpropagation", "3DGAA: ...", "4KAgent:
..."; not a bare "3D:"); "LLaMa" is LLaMA (the longer spellings already matched case-insensitively).
0.4.121: a reduction verb goes on through a list of "by" values ("reduces the activation GPU memory overhead by up
to 8x, and the end-to-end GPU memory requirement by up to 36%": both reductions, where the second had been an
improvement), and a value inheriting a speedup or reduction is typed by its own measure ("training time by 75% and
model storage by 98%"); "reduces X overhead by" reads up to four words between verb and "overhead"; a reduction in
an error measure named after the number is a gain ("a 6-7% reduction in miss rate", "28% lower ECE").
0.4.122: a claim of the paper's own unnamed contribution has the subject the guide's example writes ("Our approach
achieves ..." -> "proposed approach"; method, framework, model, system ... likewise), where it had none; a label
only, linked to no node.
0.4.123: a minus sign written right before a number is its sign ("decays toward it (-26%)", "BD-rate of -6.1%",
"r = -0.864"), as the guide's "value as written" asks, where every value had been read unsigned; a hyphen after a
word, a range's dash and "+/-" are no sign, and the filters read the text before a signed number with its sign, so
what is kept is unchanged; with no direction word, the sign of a change in a named measure tells its direction
("+1.3% accuracy with -8.6% token usage" is a reduction, "(-1.7 pp)" in accuracy an overhead); "underperforms" is
worse; "without" starts a phrase of its own ("(up to 45%) without sacrificing accuracy" is not an accuracy's);
"token usage" and "token consumption" are measures.
0.4.124: "mean IoU" is a metric's name as written ("a mean IoU of 0.677", "0.8050 mean IoU"), where it had been cut
to "IoU" or, after the number, not read.
0.4.125: gazetteer: NeRF and Mip-NeRF are methods, as 3D Gaussian Splatting is (an architecture and technique
the guide lists among methods, where they had been models); MuJoCo, Isaac Gym and OpenAI Gym are the benchmark
environments papers evaluate on (datasets, where two had been methods); "DeepMind Control" is the DeepMind Control
Suite. A number no dataset is paired with takes the first one further on in its stretch that no other number took
("one million frames per second for the environment execution on Atari environments and three million frames per
second on MuJoCo environments": the first had lost Atari once MuJoCo was a dataset).
0.4.126: "and propose X" goes on with the "we" that opens its sentence ("We argue that ..., and propose Predictive
Regularization (PRe)"), where "we" had to be within four words of the verb; a proposal's name is not the tail of a
longer Title-case name with a lower-case word inside ("a novel Maximum a Posterior (MAP) framework" had proposed
"Posterior"; "Color and Intensity Decoupling Network+" "Intensity Decoupling").
0.4.127: names listed after a colon or "like" that follow a plural type head take the list's type, as after "such
as" ("three algorithms: SAC, BRO, and PQL", "existing methods (like ACE or GEPA)"), and a list after "methods",
"algorithms", "approaches" or "techniques" with no known member is of methods; a list whose first name goes on in
lower case is a phrase ("methods like Tucker decomposition").
0.4.128: "by a factor of N" is a ratio ("reduces memory usage by a factor of 4", "by up to a factor of ten"), where
the number had been read bare (a score with no unit) or, spelled out, not at all; the claim's text is "a factor of
N", so a qualifier before it is read; not after "upsampled", "scaled", "differs" or "extends" (settings, findings).
0.4.129: DSC, mean IoU, LPIPS, FVD, EER, ADE and FDE are measures ("84.7% DSC" had taken a measure from further on),
DSC a quality, and less FVD, ADE or FDE a gain ("reduces ADE by 12%").
0.4.130: gazetteer: the image restoration, super-resolution and depth networks papers compare against (SRCNN, VDSR,
EDSR, RCAN, SRGAN, ESRGAN, Real-ESRGAN, SwinIR, DRCT, Restormer, Uformer, MPRNet, NAFNet, Marigold) as models, and
TransUNet and Swin-Unet as U-Net methods; none had been listed.
0.4.131: unknown names in a list of three or more after "on" or "across" whose known names are all benchmarks are
benchmarks ("Evaluations on AppWorld, Terminal-Bench, Formula, and FiNER": FiNER had been a method, and the subject
of the next claim); a list of examples ends with the item after its "and" ("On HLE and FRAMES, Orchestrator
achieves").
0.4.132: gazetteer: the vision backbones (ResNet, VGG, Inception, DenseNet, MobileNet, EfficientNet, ConvNeXt, Swin
Transformer, DeiT, Masked Autoencoders and their depth or size variants) are methods, as the guide lists
architectures and as four independent annotators typed them (ResNet18, MobileNetV2, Swin Transformer, MAE), where
they had been models; detectors and segmenters released as checkpoints (YOLO, SAM, DINOv2) stay models.
0.4.133: a model family's name right before "dataset", "corpus" or "benchmark" names a dataset ("the FLoRes-200 and
NLLB-Seed corpora", "the Nemotron-VLM-v2 dataset"): the family rule had outvoted the head noun.
0.4.134: a Greek letter in a name is its spelled-out name under the merge key ("PanGu-α" and "PanGu-alpha", "Mem-α"
and "Mem-alpha", "μP" and "muP" are one entity).
0.4.135: LaTeX ties read as the spaces they typeset ("Claude~3.5~Sonnet", "Llama~3.1", "1.2~dB", "Mixture of
Experts~(MoE)"; not a range "3~5x", "2.01x~3.81x", nor "about" after a space): the Doc reads the untied text (same
length, every offset holds) and mentions quote the source. Of the 564 external-80k abstracts with a tie, 246 change:
names, units and acronym definitions found.
0.4.136: known hardware named right before the title's colon is not the paper's proposal ("... Models on Apple
Silicon: An Empirical Evaluation"; where it ran, not what it is).
0.4.137: translation metrics (chrF, chrF++, COMET, spBLEU, BERTScore) are units and measures; a language pair may
stand between a number and its metric ("30.83 English-Nko chrF++"); "scoring" is a result verb; a metric written
right after its number is that number's measure also inside a list ("85.2 BLEU and 61.3 ROUGE" had been two ROUGE
scores), and such a list of scores shares its kind
0.4.138: a list between dashes after a plural type head takes the head's type ("three datasets -- RVL-CDIP,
Tobacco3482, and DocLayNet --"); languages in such a list are no members ("datasets (English, Hindi, Punjabi)"); a
title's group word takes its members' type ("a Model Suite", "A Suite of Models"); a known benchmark with words
glued before it is a dataset ("BeyondAIME", "PathMNIST"); "Others" after "than" names no baseline

>>> EXTRACTOR_NAME
'paper-kg-extractors'
"""
EXTRACTOR_NAME = "paper-kg-extractors"
EXTRACTOR_VERSION = "0.4.138"
