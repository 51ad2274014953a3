"""Plots P2 and P4 of the benchmark suite against conversation count.

    python3 benches/plot.py benches/results.csv benches/plot.png
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

TITLES = {
    "P2": "P2: TIMConvGetConvList vs serde_json of the same list",
    "P4": "P4: login → first list vs raw SQLite read + parse",
}


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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
