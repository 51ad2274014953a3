"""Plots the benchmark suite against conversation count.

    python3 benches/plot.py benches/results.csv benches/plot.png
        P2 and P4, each next to its baseline.
    python3 benches/plot.py --scale benches/scale.csv benches/scale-before.csv benches/plot-scale.png
        S1, S2 and S3 of this run next to the curve before lazy loading (and the targets).
"""
import csv
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

TITLES = {
    "P2": "P2: TIMConvGetConvList vs serde_json of the same list",
    "P4": "P4: login → first list vs raw SQLite read + parse",
}

# (column, baseline column, unit, target, title)
SCALE = [
    ("login_ms", "login_base_ms", "ms (median)", 20, "S1: TIMLogin → callback"),
    ("first_page_ms", "page_base_ms", "ms (median)", 30, "S2: login → first page of 100"),
    ("rss_per_conv_b", None, "bytes per conversation", 100, "S3: RSS after login + first page"),
]


def main(src, dst):
    rows = list(csv.DictReader(open(src)))
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    for ax, fid in zip(axes, ["P2", "P4"]):
        data = sorted((int(r["conversations"]), float(r["timconv_ms"]), float(r["baseline_ms"]))
                      for r in rows if r["figure"] == fid)
        n = [d[0] for d in data]
        ax.plot(n, [d[1] for d in data], "o-", label="timconv")
        ax.plot(n, [d[2] for d in data], "s--", label="baseline (same run)")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("conversations")
        ax.set_ylabel("ms (median)")
        ax.set_title(TITLES[fid], fontsize=10)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(dst, dpi=110)


def read_scale(path):
    """The label on the file's `#` line and its rows sorted by size."""
    with open(path) as f:
        first = f.readline()
        label = first[1:].strip() if first.startswith("#") else ""
        if not first.startswith("#"):
            f.seek(0)
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["conversations"]))
    return label, rows


def short(label):
    """The label's first part: which library was measured."""
    return label.split(",")[0].split(";")[0]


def scale(current, before, dst):
    label, rows = read_scale(current)
    old = read_scale(before) if os.path.exists(before) else None
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.4))
    for ax, (col, base, unit, target, title) in zip(axes, SCALE):
        n = [int(r["conversations"]) for r in rows]
        ax.plot(n, [float(r[col]) for r in rows], "o-", label=f"this run ({short(label)})")
        if old:
            ax.plot([int(r["conversations"]) for r in old[1]], [float(r[col]) for r in old[1]],
                    "x--", color="grey", label=f"before ({short(old[0])})")
        if base:
            ax.plot(n, [float(r[base]) for r in rows], "s:", label="baseline (this run)")
        ax.axhline(target, color="red", linestyle="-.", linewidth=1, label=f"target ≤ {target}")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("conversations on disk")
        ax.set_ylabel(unit)
        ax.set_title(title, fontsize=10)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(dst, dpi=110)


if __name__ == "__main__":
    if sys.argv[1] == "--scale":
        scale(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main(sys.argv[1], sys.argv[2])
