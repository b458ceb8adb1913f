"""newsschema benchmarks: every figure is a ratio to a baseline measured in the same run on the same bytes.

Run with ``make bench`` (or ``python bench/run.py --help``). Prints a table,
writes ``bench/results.json`` and the size-scaling plot
``docs/performance-scaling.png``.

Baselines (the physical floor): ``json.loads``/``json.dumps``, ``orjson.loads``,
``lxml.etree.fromstring``/``tostring`` and one ``re`` scan over the text.
Peers: IPTC's ``newsmlg2`` library on the same NewsML-G2 items,
``jsonschema`` against ``jsonschema-rs`` on our schemas, and ``xmlschema``
against lxml for XSD validation.

Timing: every operation runs over the whole corpus ``--repeat`` times; the
figure is the median pass divided by the number of items, and the spread is
the fastest and slowest pass.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lxml import etree

import newsschema as ns
from newsschema.schemas import resolved_schema

sys.path.insert(0, str(Path(__file__).parent))
import corpus

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSSCHEMA_SHARED", ROOT.parent / "shared")).resolve()
XSD_DIR = SHARED / "standards" / "newsml-g2-2.35"


def timed(operation: Callable[[Any], object], inputs: Sequence[Any], repeat: int) -> dict[str, float]:
    """Per-item time in microseconds: the median pass, and the fastest and slowest passes."""
    passes = []
    for _ in range(repeat):
        start = time.perf_counter()
        for value in inputs:
            operation(value)
        passes.append((time.perf_counter() - start) / len(inputs) * 1e6)
    return {"median_us": statistics.median(passes), "min_us": min(passes), "max_us": max(passes)}


def versions() -> dict[str, str]:
    found = {}
    for package in (
        "newsschema",
        "attrs",
        "cattrs",
        "jsonschema",
        "jsonschema-rs",
        "lxml",
        "orjson",
        "xmlschema",
        "newsmlg2",
    ):
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = "not installed"
    return found


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu, "cores": os.cpu_count()}


class Results:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        group: str,
        name: str,
        timing: dict[str, float],
        baseline: dict[str, float] | None,
        baseline_name: str = "",
        *,
        goal: float | None = None,
        at_least: bool = False,
    ) -> None:
        """Record a timing; ``goal`` is a ceiling on the ratio, or a floor with ``at_least``."""
        ratio = timing["median_us"] / baseline["median_us"] if baseline else None
        met = None if goal is None or ratio is None else (ratio >= goal if at_least else ratio <= goal)
        self.rows.append(
            {
                "group": group,
                "name": name,
                **timing,
                "baseline": baseline_name,
                "ratio": ratio,
                "goal": goal,
                "at_least": at_least,
                "met": met,
            }
        )

    def table(self) -> str:
        lines = [f"{'group':<10} {'operation':<44} {'µs/item':>10} {'spread':>19} {'ratio':>8}  vs / goal"]
        for row in self.rows:
            spread = f"{row['min_us']:.1f}–{row['max_us']:.1f}"
            ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else ""
            bound = "≥" if row["at_least"] else "≤"
            goal = f"{bound} {row['goal']}× {'met' if row['met'] else 'MISSED'}" if row["goal"] is not None else ""
            lines.append(
                f"{row['group']:<10} {row['name']:<44} {row['median_us']:>10.1f} {spread:>19} {ratio:>8}  "
                f"{row['baseline']} {goal}"
            )
        return "\n".join(lines)


def bench_formats(results: Results, articles: list[ns.Article], repeat: int) -> None:
    import orjson  # the bench extra

    json_docs = [ns.json.write(article) for article in articles]
    json_bytes = [doc.encode() for doc in json_docs]
    xml_docs = [ns.newsml.write(article).encode() for article in articles]
    texts = [ns.text.write(article) for article in articles]
    plains = [json.loads(doc) for doc in json_docs]

    loads = timed(json.loads, json_bytes, repeat)
    results.add("floor", "json.loads", loads, None)
    results.add("floor", "orjson.loads", timed(orjson.loads, json_bytes, repeat), loads, "json.loads")
    dumps = timed(lambda plain: json.dumps(plain, ensure_ascii=False, indent=2), plains, repeat)
    results.add("floor", "json.dumps (indent=2)", dumps, None)
    parse = timed(etree.fromstring, xml_docs, repeat)
    results.add("floor", "lxml.etree.fromstring", parse, None)
    trees = [etree.fromstring(doc) for doc in xml_docs]
    serialise = timed(etree.tostring, trees, repeat)
    results.add("floor", "lxml.etree.tostring", serialise, None)
    scan_pattern = re.compile(r"[\u201c\u201d\"]|\b(?:kata|said|menurut)\b")
    scan = timed(lambda text: sum(1 for _ in scan_pattern.finditer(text)), texts, repeat)
    results.add("floor", "re scan over the text", scan, None)

    json_read = timed(ns.json.read, json_bytes, repeat)
    results.add("json", "read (with validation)", json_read, loads, "json.loads", goal=10)
    structure_only = timed(
        lambda plain: ns.plain.from_plain({k: v for k, v in plain.items() if k != "type"}, ns.Article), plains, repeat
    )
    results.add("json", "read without validation (from_plain)", structure_only, loads, "json.loads")
    results.add("json", "write", timed(ns.json.write, articles, repeat), dumps, "json.dumps")

    results.add("newsml", "read", timed(ns.newsml.read, xml_docs, repeat), parse, "lxml fromstring", goal=3)
    results.add("newsml", "write", timed(ns.newsml.write, articles, repeat), serialise, "lxml tostring", goal=3)

    text_read = timed(ns.text.read, texts, repeat)
    results.add("text", "read", text_read, json_read, "json read", goal=5)
    results.add("text", "read vs one re scan", text_read, scan, "re scan")
    results.add("text", "write", timed(ns.text.write, articles, repeat), dumps, "json.dumps")

    results.add(
        "convert",
        "text → json",
        timed(lambda t: ns.convert(t, source="text", target="json"), texts, repeat),
        json_read,
        "json read",
    )
    results.add(
        "convert",
        "newsml → json",
        timed(lambda x: ns.convert(x, source="newsml", target="json"), xml_docs, repeat),
        json_read,
        "json read",
    )
    results.add(
        "convert",
        "json → newsml",
        timed(lambda j: ns.convert(j, source="json", target="newsml"), json_bytes, repeat),
        json_read,
        "json read",
    )


def bench_peers(results: Results, articles: list[ns.Article], repeat: int) -> None:
    import jsonschema
    import jsonschema_rs

    plains = [json.loads(ns.json.write(article)) for article in articles]
    schema = resolved_schema(ns.Article)
    python_validator = jsonschema.Draft202012Validator(schema)
    rust_validator = jsonschema_rs.validator_for(schema)
    rust = timed(rust_validator.is_valid, plains, repeat)
    results.add("peers", "jsonschema-rs is_valid", rust, None)
    results.add("peers", "jsonschema is_valid", timed(python_validator.is_valid, plains, repeat), rust, "jsonschema-rs")

    xml_docs = [ns.newsml.write(article).encode() for article in articles]
    parse = timed(etree.fromstring, xml_docs, repeat)
    ours = timed(ns.newsml.read, xml_docs, repeat)
    try:
        import NewsMLG2  # IPTC's library (package "newsmlg2"), untyped: see the mypy overrides

        def iptc_read(document: bytes) -> object:
            return NewsMLG2.NewsMLG2Document(filename_or_string=document).get_item()

        iptc = timed(iptc_read, xml_docs, repeat)
        results.add("peers", "IPTC newsmlg2 read", iptc, parse, "lxml fromstring")
        results.add("peers", "newsschema newsml read vs IPTC newsmlg2", ours, iptc, "newsmlg2 read", goal=1)
    except ImportError:
        print("newsmlg2 is not installed; skipping the IPTC peer", file=sys.stderr)

    if XSD_DIR.is_dir():
        lxml_validate = timed(lambda document: ns.newsml.validate(document, xsd_dir=XSD_DIR), xml_docs, repeat)
        results.add("peers", "XSD validation (lxml, newsml.validate)", lxml_validate, parse, "lxml fromstring")
        try:
            import xmlschema

            schema_set = xmlschema.XMLSchema(str(XSD_DIR / "NewsML-G2_2.35-spec-All-Power.xsd"))
            few = xml_docs[: max(5, len(xml_docs) // 20)]
            slow = timed(lambda document: schema_set.is_valid(document.decode()), few, 1)
            results.add(
                "peers",
                "XSD validation (xmlschema)",
                slow,
                timed(lambda d: ns.newsml.validate(d, xsd_dir=XSD_DIR), few, 1),
                "lxml validation",
            )
        except Exception as exc:  # noqa: BLE001 - a peer that fails to load is reported, not fatal
            print(f"xmlschema peer skipped: {exc}", file=sys.stderr)


def bench_real_items(results: Results, repeat: int) -> None:
    folder = SHARED / "corpus" / "wire" / "newsmlg2"
    if not folder.is_dir():
        print(f"{folder} not found; skipping the real items", file=sys.stderr)
        return
    documents = [path.read_bytes() for path in sorted(folder.glob("*.xml"))]
    readable = []
    for document in documents:
        try:
            ns.newsml.read(document, on_warning=lambda _: None)
            readable.append(document)
        except ns.NewsSchemaError:
            continue
    parse = timed(etree.fromstring, readable, repeat)

    def quiet(document: bytes) -> object:
        return ns.newsml.read(document, on_warning=lambda _: None)

    results.add(
        "real",
        f"newsml read, {len(readable)} corpus items",
        timed(quiet, readable, repeat),
        parse,
        "lxml fromstring",
        goal=3,
    )
    texts = [path.read_bytes() for path in sorted((SHARED / "corpus" / "text").glob("*.txt"))]
    if texts:
        scan_pattern = re.compile(rb"[\"]|\b(?:kata|said|menurut)\b")
        scan = timed(lambda text: sum(1 for _ in scan_pattern.finditer(text)), texts, repeat)
        results.add(
            "real", f"text read, {len(texts)} corpus texts", timed(ns.text.read, texts, repeat), scan, "re scan"
        )


def bench_scaling(results: Results, repeat: int) -> dict[str, dict[int, float]]:
    sizes = (1_000, 10_000, 100_000, 1_000_000)
    series: dict[str, dict[int, float]] = {}
    for size in sizes:
        article = corpus.article_of_size(size)
        json_doc = ns.json.write(article)
        xml_doc = ns.newsml.write(article).encode()
        text_doc = ns.text.write(article)
        runs = max(3, repeat if size < 100_000 else 3)
        operations: dict[str, tuple[Callable[[Any], object], object, int]] = {
            "json read": (ns.json.read, json_doc, len(json_doc.encode())),
            "json write": (ns.json.write, article, len(json_doc.encode())),
            "newsml read": (ns.newsml.read, xml_doc, len(xml_doc)),
            "newsml write": (ns.newsml.write, article, len(xml_doc)),
            "text read": (ns.text.read, text_doc, len(text_doc.encode())),
            "text write": (ns.text.write, article, len(text_doc.encode())),
        }
        for name, (operation, value, length) in operations.items():
            # Two different texts in turn: the text reader's one-entry memo (write after read parses once)
            # must not turn repeated reads of one text into lookups.
            inputs = [value, f"{value}\n"] if name == "text read" else [value]
            per_byte = timed(operation, inputs, runs)["median_us"] / length * 1e3  # ns per byte
            series.setdefault(name, {})[size] = per_byte
    for name, points in series.items():
        ratio = points[1_000_000] / points[10_000]
        results.add(
            "scaling",
            f"{name}: 1 MB vs 10 KB per byte",
            {"median_us": points[1_000_000], "min_us": points[1_000_000], "max_us": points[1_000_000]},
            {"median_us": points[10_000], "min_us": 0, "max_us": 0},
            "10 KB per byte",
            goal=1.2,
        )
        del ratio
    return series


# Runs the CLI and reports its wall time and peak RSS. It runs in a small interpreter of its own: a child
# forked straight from this process would start with this process's memory (the corpus) and report that.
_MEASURE = """
import os, subprocess, sys, time
start = time.perf_counter()
process = subprocess.Popen([sys.executable, "-m", "newsschema", *sys.argv[1:]],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def peak_run(arguments: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB, the process and its workers) of one CLI run."""
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, *arguments], capture_output=True, text=True, check=True
    ).stdout.split()
    elapsed, peak, status = float(measured[0]), int(measured[1]), int(measured[2])
    if status not in (0, 1):
        raise RuntimeError(f"validate failed: {arguments}")
    return elapsed, peak


def bench_validate(results: Results, articles: list[ns.Article]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        stream = Path(folder) / "feed.ndjson"
        with stream.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(json.loads(ns.json.write(article)), ensure_ascii=False) + "\n")
        small = Path(folder) / "small.ndjson"
        small.write_text(
            "".join(stream.read_text(encoding="utf-8").splitlines(keepends=True)[: len(articles) // 5]),
            encoding="utf-8",
        )
        for jobs in (1, 2):
            elapsed, peak = peak_run(["validate", "--ndjson", str(stream), "--jobs", str(jobs), "--report", "json"])
            figures[f"jobs{jobs}"] = {
                "seconds": elapsed,
                "items_per_second": len(articles) / elapsed,
                "peak_rss_kib": peak,
            }
        _, small_peak = peak_run(["validate", "--ndjson", str(small), "--jobs", "2", "--report", "json"])
        figures["jobs2_fifth_of_items_peak_rss_kib"] = small_peak
    one, two = figures["jobs1"], figures["jobs2"]
    speedup = two["items_per_second"] / one["items_per_second"]
    results.add(
        "validate",
        f"--jobs 2 speed-up over --jobs 1 ({len(articles):,} items)",
        {"median_us": 1e6 / one["items_per_second"], "min_us": 0, "max_us": 0},
        {"median_us": 1e6 / two["items_per_second"], "min_us": 0, "max_us": 0},
        "--jobs 1 time / --jobs 2 time",
        goal=1.7,
        at_least=True,
    )
    figures["speedup"] = speedup
    figures["memory_growth"] = two["peak_rss_kib"] / max(1, figures["jobs2_fifth_of_items_peak_rss_kib"])
    return figures


def plot(series: dict[str, dict[int, float]], target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.5))
    for name, points in sorted(series.items()):
        sizes = sorted(points)
        axes.plot(sizes, [points[size] * size / 1e6 for size in sizes], marker="o", label=name)  # ms per article
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("article size (bytes of body text)")
    axes.set_ylabel("time per article (ms)")
    axes.set_title("newsschema: time against article size")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(target, dpi=110)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000, help="generated articles (default 10,000)")
    parser.add_argument("--sample", type=int, default=300, help="articles timed per operation (default 300)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus per operation")
    parser.add_argument("--skip-validate", action="store_true", help="skip the CLI throughput runs")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    parser.add_argument("--plot", default=str(ROOT / "docs" / "performance-scaling.png"))
    args = parser.parse_args(argv)

    print(f"generating {args.items:,} articles ...", file=sys.stderr)
    articles = corpus.articles(args.items)
    sample = articles[:: max(1, len(articles) // args.sample)][: args.sample]
    results = Results()
    bench_formats(results, sample, args.repeat)
    bench_peers(results, sample, args.repeat)
    bench_real_items(results, args.repeat)
    series = bench_scaling(results, args.repeat)
    validate = {} if args.skip_validate else bench_validate(results, articles)
    print(results.table())
    if validate:
        print(
            f"\nvalidate: --jobs 1 {validate['jobs1']['items_per_second']:.0f} items/s, --jobs 2 "
            f"{validate['jobs2']['items_per_second']:.0f} items/s, speed-up {validate['speedup']:.2f}× (goal ≥ 1.7×); "
            f"peak RSS {validate['jobs2']['peak_rss_kib'] / 1024:.0f} MiB for {len(articles):,} items vs "
            f"{validate['jobs2_fifth_of_items_peak_rss_kib'] / 1024:.0f} MiB for a fifth of them"
        )
    report = {
        "machine": machine(),
        "versions": versions(),
        "items": args.items,
        "sample": len(sample),
        "repeat": args.repeat,
        "rows": results.rows,
        "scaling_ns_per_byte": series,
        "validate": validate,
    }
    Path(args.output).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    plot(series, Path(args.plot))
    print(f"\nwrote {args.output} and {args.plot}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
