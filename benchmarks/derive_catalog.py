"""How long deriving the whole catalog takes, with symbolic sizes (measured, not asserted).

    python -m benchmarks.derive_catalog
"""
import time

from derive import ops


def main():
    t0 = time.perf_counter()
    per = []
    for name in ops.names():
        t = time.perf_counter()
        ops.get(name).derive()
        per.append((time.perf_counter() - t, name))
    total = time.perf_counter() - t0
    for dt, name in sorted(per, reverse=True)[:5]:
        print(f"  {name:22s} {dt:6.2f} s")
    print(f"whole catalog ({len(per)} ops), symbolic sizes: {total:.2f} s")


if __name__ == "__main__":
    main()
