"""Speed and scale benchmark: extraction throughput against a tokenizer floor, build stages, store size,
peak memory, query latency, incremental adds and GEXF export, on the first N abstracts of external-80k
(with --api, Python API calls too).

    python benchmarks/run.py --n 1000,10000,80000 --workers 2
    python benchmarks/run.py --api-store kg-store      # the Python API calls alone, on a store built before

Prints one block of figures per N (and, with --json FILE, writes them as JSON). Every build runs in a
child process so its peak RSS (workers included) is its own. Nothing here asserts a target: the
figures are for people to read and compare run to run.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "external-80k.jsonl.gz"

# realistic parameters where a query's own example is not the best test at scale
QUERY_PARAMS = {
    "papers-using-model": {"model": "Qwen2.5"},
    "papers-on-hardware": {"hardware": "H100"},
    "compared-against": {"baseline": "FlashAttention"},
    # a frequent concept: 5,000 papers at 80k, their benchmarks counted
    "methods-co-occurring": {"method": "reinforcement learning", "type": "dataset"},
}


def example_params(query) -> dict:
    """The --param values of the query's @example line (every library query has one)."""
    words = shlex.split(query.example or "")
    return dict(w.split("=", 1) for w, prev in zip(words, [""] + words) if prev == "--param" and "=" in w)


def read_slice(corpus: Path, start: int, n: int) -> list[str]:
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= start + n:
                break
            if i >= start:
                out.append(line)
    return out


def new_papers(corpus: Path, after: int, n: int) -> list[str]:
    """``n`` papers the first ``after`` records do not hold: the records that follow them, topped up (when the
    corpus ends first) by records from its start made new papers (another title and arXiv id), so adding
    1,000 papers is measured on the full corpus too."""
    out = read_slice(corpus, after, n)
    for i, line in enumerate(read_slice(corpus, 0, n - len(out))):
        rec = json.loads(line)
        rec["title"] = "Revisited: " + rec["title"]
        if rec.get("arxiv_id"):
            rec["arxiv_id"] = f"9997.{i:05d}"
        out.append(json.dumps(rec) + "\n")
    return out


def floor_and_extraction(lines: list[str], sample: int) -> dict:
    """Abstracts/s and words/s of our extractor, and of spaCy's blank tokenizer on the same text."""
    import spacy

    from extractors.extract import extract_many
    from extractors.pipeline import get_nlp
    from extractors.records import PaperRecord

    rows = [json.loads(x) for x in lines[:sample]]
    records = [PaperRecord(id=f"b{i}", title=r["title"], abstract=r["abstract"]) for i, r in enumerate(rows)]
    texts = [f"{r.title}\n\n{r.abstract}" for r in records]
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.blank("en")
    clock = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    floor = time.perf_counter() - clock
    get_nlp()  # pipeline construction is not extraction
    clock = time.perf_counter()
    for _ in extract_many(records):
        pass
    ours = time.perf_counter() - clock
    return {"sample": len(records), "floor_abstracts_s": len(records) / floor, "floor_words_s": words / floor,
            "abstracts_s": len(records) / ours, "words_s": words / ours, "ratio_to_floor": floor / ours}


def _tree(root: int) -> list[int]:
    """``root`` and every process descended from it (the workers are children of the fork server)."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:  # "pid (comm) state ppid ...": comm may hold spaces
                    parent[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):  # a process that ended meanwhile
                pass
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(p for p, pp in parent.items() if pp == pid)
    return tree


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in KiB; PSS shares each page among the processes mapping it, so PSS sums
    over processes to the memory they use together (the fork server's pipeline pages, shared with the
    workers it forked, are counted once)."""
    values = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("Rss", "Pss"):
                    values[key] = int(rest.split()[0])
    except (OSError, ValueError):
        pass
    return values.get("Rss", 0), values.get("Pss", 0)


class TreeMemory:
    """The peak of the memory of this process and all its descendants together, sampled on a thread
    (ru_maxrss gives each process's own peak, never their sum at one moment). A sample reads each
    process's smaps_rollup, for which the kernel walks its page tables: about 35 ms for the processes of
    an 80k build, which every 0.5 s took 14 CPU-s of a 203 s build. So the thread waits ``every`` seconds
    or ``1 / share`` times the last sample's cost, whichever is longer: the sampler takes at most
    ``share`` of a core."""

    def __init__(self, every: float = 0.5, share: float = 0.01):
        self.every, self.share, self.peak_rss, self.peak_pss, self.cpu = every, share, 0, 0, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-memory", daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        wait = self.every
        while not self._stop.wait(wait):
            clock = time.thread_time()
            rss = pss = 0
            for pid in _tree(os.getpid()):
                r, p = _memory_kib(pid)
                rss, pss = rss + r, pss + p
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            cost = time.thread_time() - clock
            self.cpu += cost
            wait = max(self.every, cost / self.share)


def _own_peak_kib() -> int | None:
    """This process's peak RSS since it started its program (VmHWM), or None where /proc has none. Not
    ru_maxrss: Linux keeps that across exec, so a build started after the benchmark read a whole snapshot
    (--api, 2.5 GiB at 80k papers) reported the benchmark's peak as its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("VmHWM:")), None)
    except OSError:
        return None


def child_build(corpus_file: str, store: str, workers: int) -> None:
    """Run in a child process: build and print the report as JSON, with this process tree's peak RSS."""
    from kg.building import build

    load_before = os.getloadavg()[0]
    with TreeMemory() as memory:
        report = build([corpus_file], store, workers=workers)
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_self, peak_children = _own_peak_kib() or me.ru_maxrss, kids.ru_maxrss
    # CPU seconds of the build and its workers: with the wall time, says how well the processes overlapped
    # and, with the load average (other users of the machine), how much CPU the build could have had
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(json.dumps({"papers": report.papers, "added": report.added, "triples": report.triples,
                      "seconds": report.seconds, "wall": report.wall_seconds, "cpu_seconds": cpu,
                      # the parent's share (reading, loading, entity labels, commit): what workers cannot share
                      "cpu_parent_seconds": me.ru_utime + me.ru_stime,
                      "load_before": load_before, "load_after": os.getloadavg()[0],
                      "peak_rss_mib": max(peak_self, peak_children) / 1024,
                      "peak_rss_parent_mib": peak_self / 1024, "peak_rss_worker_mib": peak_children / 1024,
                      # all processes together at one moment (sampled): what the machine must have
                      "peak_rss_all_mib": memory.peak_rss / 1024, "peak_pss_all_mib": memory.peak_pss / 1024,
                      "memory_sampler_cpu_seconds": memory.cpu}))


def run_build(corpus_file: Path, store: Path, workers: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child-build", str(corpus_file), str(store), str(workers)],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_extract(corpus_file: str, sample: int) -> None:
    """Run in a child process: load the pipeline, say so, wait for the word to start (so that processes run
    together extract together), extract the first ``sample`` records and print the wall and CPU seconds."""
    from extractors.extract import extract_many
    from extractors.pipeline import get_nlp
    from extractors.records import PaperRecord

    with open(corpus_file, encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(sample), fh)]
    records = [PaperRecord(id=f"b{i}", title=r["title"], abstract=r["abstract"]) for i, r in enumerate(rows)]
    get_nlp()
    print("ready", flush=True)
    sys.stdin.readline()
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in extract_many(records):
        pass
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}), flush=True)


def _steal_ticks() -> int:
    """Clock ticks in which this VM's CPUs were ready to run but the host ran something else (/proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            return int(fh.readline().split()[8])
    except (OSError, IndexError, ValueError):
        return 0


def machine_ceiling(corpus_file: Path, sample: int) -> dict:
    """The speedup this machine gives two processes that share nothing: the same extraction run alone, then
    in two processes at once. No parallel build beats it (its workers also feed one writer), so the build's
    speedup is read against it, as extraction throughput is read against the tokenizer floor. On a VM whose
    two CPUs are not two free cores (hyperthreads of one core, or a busy host) it is well under 2."""
    cmd = [sys.executable, __file__, "--child-extract", str(corpus_file), str(sample)]

    def together(k: int) -> tuple[list[dict], int]:
        procs = [subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
                 for _ in range(k)]
        for p in procs:
            p.stdout.readline()  # "ready": every pipeline is loaded before any extraction starts
        steal = _steal_ticks()
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        runs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
        return runs, _steal_ticks() - steal

    (alone,), steal_1 = together(1)
    pair, steal_2 = together(2)
    one, two = alone["wall"], max(r["wall"] for r in pair)
    return {"sample": sample, "alone_seconds": one, "pair_seconds": two, "ceiling": 2 * one / two,
            "alone_cpu_seconds": alone["cpu"], "pair_cpu_seconds": [r["cpu"] for r in pair],
            "steal_seconds": (steal_1 + steal_2) / os.sysconf("SC_CLK_TCK")}


def du_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def query_latencies(store: Path, repeat: int) -> dict:
    from pyoxigraph import Store

    from kg.queries import library, run

    st = Store.read_only(str(store))
    out = {}
    for name, query in sorted(library().items()):
        params = QUERY_PARAMS.get(name) or example_params(query)
        times, rows = [], 0
        # a query with a side index (search: kg.search_index, written by the build) gets the store's path,
        # as `kg query` gives it: the index is a file next to the store, which an open Store does not name
        target = store if query.index else st
        for _ in range(repeat):
            clock = time.perf_counter()
            result = run(name, params, store=target)
            rows = len(result.rows)
            times.append((time.perf_counter() - clock) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        out[name] = {"median_ms": statistics.median(times), "p95_ms": p95, "rows": rows}
    return out


# Python API calls as a notebook makes them, each on a freshly opened store: until something needs the whole
# snapshot they read only what they need (kg.nodes); the last line reads the snapshot, for comparison
API_CALLS = (
    ("paper by id", lambda g, p: g.paper(p["id"])),
    ("paper by title", lambda g, p: g.paper(p["title"].upper())),
    ("entity by name", lambda g, p: g.entity("FlashAttention")),
    ("entity by alias", lambda g, p: g.entity("H100")),
    ("neighbors of GPT-4", lambda g, p: g.neighbors("GPT-4")),
    ("claims dataset=AIME", lambda g, p: g.claims(dataset="AIME")),
    ("claims kind=speedup", lambda g, p: g.claims(kind="speedup")),
    ("claims measure=latency", lambda g, p: g.claims(measure="latency")),
    ("path LoRA -> AIME 2024", lambda g, p: g.path("LoRA", "AIME 2024")),
    ("path vLLM -> speculative decoding", lambda g, p: g.path("vLLM", "speculative decoding")),
    ("whole snapshot", lambda g, p: g.data.papers),
)


def api_latencies(store: Path) -> dict:
    """Seconds of each API_CALLS call on a fresh KnowledgeGraph, its result's size (-1: NotFound) and
    whether it read the whole snapshot."""
    import kg.api

    g = kg.api.open(store)
    [row] = g.sparql("SELECT ?id ?title WHERE { ?p a pkg:Paper ; dcterms:identifier ?id ; dcterms:title ?title } "
                     "ORDER BY ?id LIMIT 1").to_dict("records")
    out = {}
    for name, call in API_CALLS:
        g = kg.api.open(store)
        clock = time.perf_counter()
        try:
            found = call(g, row)
            size = len(found) if isinstance(found, (list, dict)) else 1
        except kg.api.NotFound:
            size = -1
        out[name] = {"seconds": time.perf_counter() - clock, "size": size, "snapshot": g._data is not None}
    return out


def gexf_seconds(store: Path, out: Path) -> float:
    import kg.api
    from kg.export.gexf import write_gexf

    clock = time.perf_counter()
    graph = kg.api.open(store).to_networkx("full")
    write_gexf(graph, out, layout="none")
    return time.perf_counter() - clock


def validate_figures(store: Path, workers: int) -> dict:
    """`kg validate` of the whole store (shapes and spans, in the store: kg.shacl)."""
    from kg.store import open_store
    from kg.validate import validate_store

    clock = time.perf_counter()
    report = validate_store(open_store(store), workers=workers)
    return {"seconds": time.perf_counter() - clock, "violations": len(report.violations),
            "quads": report.triples}


def note(n: int, what: str, figures) -> None:
    """A figure as soon as it is measured (on stderr), so a long run can be watched and a crash loses nothing."""
    print(f"[N={n} {time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f}] {what}: {json.dumps(figures)}",
          file=sys.stderr, flush=True)


def bench(n: int, args, work: Path) -> dict:
    lines = read_slice(args.corpus, 0, n)
    corpus_file = work / f"first-{n}.jsonl"
    corpus_file.write_text("".join(lines), encoding="utf-8")
    res: dict = {"n": len(lines), "words": sum(len((json.loads(x)["abstract"] or "").split()) for x in lines)}
    res["extraction"] = floor_and_extraction(lines, min(len(lines), args.sample))
    note(n, "extraction", res["extraction"])
    store = work / f"store-{n}"
    shutil.rmtree(store, ignore_errors=True)
    res["build"] = run_build(corpus_file, store, args.workers)
    note(n, "build", res["build"])
    if args.compare_workers and args.workers > 1:
        res["pairs"] = compare_workers(corpus_file, n, work, args, res["build"], min(len(lines), args.sample))
        res["build_1_worker"] = res["pairs"][0]["one_worker"]
    res["store_mib"] = du_mib(store)
    from kg.search_index import INDEX_FILE

    index = store / INDEX_FILE  # counted in store_mib too
    res["search_index_mib"] = index.stat().st_size / 2**20 if index.exists() else 0.0
    from kg.graph_index import INDEX_FILE as GRAPH_INDEX_FILE

    links = store / GRAPH_INDEX_FILE  # (kg.graph_index: methods-co-occurring and conflicting-claims)
    res["graph_index_mib"] = links.stat().st_size / 2**20 if links.exists() else 0.0
    res["queries"] = {} if args.no_queries else query_latencies(store, args.repeat)
    note(n, "queries", {k: round(v["median_ms"], 1) for k, v in res["queries"].items()})
    if args.api:
        res["api"] = api_latencies(store)
        note(n, "api", {k: round(v["seconds"], 2) for k, v in res["api"].items()})
    extra = new_papers(args.corpus, len(lines), 1000)
    if extra:
        add_file = work / f"next-1000-after-{n}.jsonl"
        add_file.write_text("".join(extra), encoding="utf-8")
        res["add_1000"] = run_build(add_file, store, args.workers)
        note(n, "add_1000", res["add_1000"])
    if args.validate:
        res["validate"] = validate_figures(store, args.workers)
        note(n, "validate", res["validate"])
    try:
        if not args.no_gexf:
            res["gexf_seconds"] = gexf_seconds(store, work / f"graph-{n}.gexf")
    except Exception as exc:  # an export failure is a figure too, not a reason to lose the others
        res["gexf_error"] = repr(exc)
    if not args.keep_store:
        shutil.rmtree(store, ignore_errors=True)
    return res


def compare_workers(corpus_file: Path, n: int, work: Path, args, first: dict, sample: int) -> list[dict]:
    """``args.pairs`` pairs of builds, one with ``args.workers`` workers and one with 1, their order
    alternating (so that a machine growing faster or slower favours neither), each pair with this machine's
    own two-process speedup measured between its builds (machine_ceiling). ``first`` is the first pair's
    many-worker build, already run. On this VM the speed changes within minutes; one pair is no measurement."""
    pairs = []
    for i in range(args.pairs):
        scratch = work / f"store-{n}-pair"
        builds = {}
        for workers in ((args.workers, 1) if i % 2 == 0 else (1, args.workers)):
            if workers == args.workers and i == 0:
                builds[workers] = first
            else:
                shutil.rmtree(scratch, ignore_errors=True)
                builds[workers] = run_build(corpus_file, scratch, workers)
            if len(builds) == 1:  # between the two builds: the speed it measures is theirs
                ceiling = machine_ceiling(corpus_file, sample)
        shutil.rmtree(scratch, ignore_errors=True)
        pair = {"workers": builds[args.workers], "one_worker": builds[1], "machine": ceiling,
                "speedup": builds[1]["wall"] / builds[args.workers]["wall"]}
        note(n, f"pair {i + 1}", {"speedup": pair["speedup"], "machine": ceiling["ceiling"],
                                  "walls": [builds[args.workers]["wall"], builds[1]["wall"]]})
        pairs.append(pair)
    return pairs


def report(res: dict) -> None:
    e, b = res["extraction"], res["build"]
    print(f"\n== N = {res['n']:,} abstracts ({res['words']:,} words)")
    print(f"extraction ({e['sample']:,} abstracts, 1 process): {e['abstracts_s']:.0f} abstracts/s, "
          f"{e['words_s']:,.0f} words/s; tokenizer floor {e['floor_abstracts_s']:.0f} abstracts/s "
          f"-> ratio {e['ratio_to_floor']:.3f} (target >= 0.167)")
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in b["seconds"].items())
    print(f"build --workers {res.get('workers')}: {b['wall']:.1f} s wall ({stages}); {b['cpu_seconds']:.1f} CPU-s; "
          f"load average {b['load_before']:.1f} -> {b['load_after']:.1f} (machine: {os.cpu_count()} cores); "
          f"{b['triples']:,} triples ({b['triples'] / max(1, b['papers']):.0f} per paper); "
          f"peak RSS {b['peak_rss_mib']:.0f} MiB (parent {b['peak_rss_parent_mib']:.0f}, "
          f"largest worker {b['peak_rss_worker_mib']:.0f}; all processes at once {b.get('peak_rss_all_mib', 0):.0f}, "
          f"PSS {b.get('peak_pss_all_mib', 0):.0f}); store {res['store_mib']:.0f} MiB on disk "
          f"(search index {res.get('search_index_mib', 0):.0f} MiB, graph index {res.get('graph_index_mib', 0):.0f} MiB)")
    if "build_1_worker" in res:
        one = res["build_1_worker"]
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in one["seconds"].items())
        print(f"build --workers 1: {one['wall']:.1f} s wall ({stages}); load average {one['load_before']:.1f} -> "
              f"{one['load_after']:.1f} -> parallel speedup {one['wall'] / b['wall']:.2f}x")
    for i, pair in enumerate(res.get("pairs", [])):
        m, speedup = pair["machine"], pair["speedup"]
        print(f"pair {i + 1}: --workers {res.get('workers')} {pair['workers']['wall']:.1f} s, --workers 1 "
              f"{pair['one_worker']['wall']:.1f} s -> {speedup:.2f}x; this machine's own two-process speedup "
              f"(the same {m['sample']:,} extractions alone, then twice at once) {m['ceiling']:.2f}x "
              f"(alone {m['alone_seconds']:.1f} s, pair {m['pair_seconds']:.1f} s; CPU-s {m['alone_cpu_seconds']:.1f} "
              f"alone, {' and '.join(f'{c:.1f}' for c in m['pair_cpu_seconds'])} in the pair; steal "
              f"{m['steal_seconds']:.1f} s): the build reached {speedup / m['ceiling']:.0%} of it")
        one = pair["one_worker"]
        # --workers 1 already loads on a thread (pyoxigraph releases the GIL) beside its extraction: a build with
        # twice its wall time in CPU-s would have no second core left for workers to gain
        print(f"  --workers 1 used {one['cpu_seconds']:.1f} CPU-s in {one['wall']:.1f} s "
              f"({one['cpu_seconds'] / one['wall']:.2f} cores), so two cores give at most "
              f"{2 * one['wall'] / one['cpu_seconds']:.2f}x over it (--workers {res.get('workers')} used "
              f"{pair['workers']['cpu_seconds']:.1f} CPU-s)")
    if len(res.get("pairs", [])) > 1:
        speedups = [p["speedup"] for p in res["pairs"]]
        print(f"parallel speedup over {len(speedups)} pairs: median {statistics.median(speedups):.2f}x "
              f"(range {min(speedups):.2f}-{max(speedups):.2f}x)")
    if "add_1000" in res:
        a = res["add_1000"]
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in a["seconds"].items())
        print(f"add 1,000 papers to the store: {a['wall']:.1f} s ({a['added']} added; {stages}; "
              f"peak RSS {a['peak_rss_mib']:.0f} MiB)")
    if "validate" in res:
        v = res["validate"]
        print(f"kg validate --workers {res.get('workers')}: {v['seconds']:.1f} s, {v['quads']:,} quads, "
              f"{v['violations']} violation(s)")
    if "gexf_seconds" in res:
        print(f"GEXF export (full graph): {res['gexf_seconds']:.1f} s")
    elif "gexf_error" in res:
        print(f"GEXF export failed: {res.get('gexf_error')}")
    if "api" in res:
        report_api(res["api"])
    print(f"{'query':<24} {'median ms':>10} {'p95 ms':>10} {'rows':>6}")
    for name, q in res["queries"].items():
        flag = "" if q["median_ms"] < 100 and q["p95_ms"] < 500 else "  <- over target"
        print(f"{name:<24} {q['median_ms']:>10.1f} {q['p95_ms']:>10.1f} {q['rows']:>6}{flag}")


def report_api(api: dict) -> None:
    print(f"{'Python API (fresh store each)':<36} {'seconds':>8} {'size':>6}  read")
    for name, a in api.items():
        size = "none" if a["size"] < 0 else a["size"]
        print(f"{name:<36} {a['seconds']:>8.2f} {size:>6}  {'the whole snapshot' if a['snapshot'] else 'alone'}")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child-build":
        child_build(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    if len(sys.argv) == 4 and sys.argv[1] == "--child-extract":
        child_extract(sys.argv[2], int(sys.argv[3]))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--compare-workers", action="store_true", help="also build with 1 worker, for the speedup")
    ap.add_argument("--pairs", type=int, default=1, help="with --compare-workers: pairs of builds (default 1)")
    ap.add_argument("--repeat", type=int, default=7, help="runs per query for median and p95")
    ap.add_argument("--sample", type=int, default=2000, help="abstracts timed for extraction throughput")
    ap.add_argument("--no-queries", action="store_true", help="skip query latencies (long on large stores)")
    ap.add_argument("--keep-store", action="store_true", help="keep the built stores (use with --work-dir)")
    ap.add_argument("--no-gexf", action="store_true", help="skip the GEXF export")
    ap.add_argument("--validate", action="store_true", help="also time kg validate of the store")
    ap.add_argument("--api", action="store_true", help="also time Python API calls on the store (API_CALLS)")
    ap.add_argument("--api-store", type=Path, help="only time the Python API calls, on this existing store")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--work-dir", type=Path, help="where stores are built (default: a temporary folder)")
    args = ap.parse_args()
    if args.api_store:
        report_api(api_latencies(args.api_store))
        return
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (use --corpus)")
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for n in (int(x) for x in args.n.split(",")):
            res = bench(n, args, work)
            res["workers"] = args.workers
            report(res)
            results.append(res)
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
