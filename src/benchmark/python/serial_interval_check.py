#!/usr/bin/env python3
"""An independent NumPy/SciPy implementation of insights.SerialInterval (docs/statistics.md), written from the
formulas rather than the Java, for SerialIntervalTest's worked cases. Prints low, high, the correlation used and
the degrees of freedom for each case. Usage: python3 serial_interval_check.py (needs numpy and scipy)."""
import math

import numpy as np
from scipy import stats


def interval(values, in_group):
    y = np.asarray(values, float)
    group = np.asarray(in_group, bool)
    n = len(y)
    t = np.arange(n)
    mean_in, mean_out = y[group].mean(), y[~group].mean()
    residuals = y - np.where(group, mean_in, mean_out)
    raw = (residuals[1:] * residuals[:-1]).sum() / (residuals * residuals).sum()
    rho = min(max(raw + (1 + 4 * raw) / n + 0.05, 0), 0.95)
    r = rho ** np.abs(t[:, None] - t[None, :])
    trace_hr = sum(r[np.ix_(g, g)].sum() / g.sum() for g in (group, ~group))
    spread = (residuals * residuals).sum() / (n - trace_hr)
    contrast = np.where(group, 1 / group.sum(), -1 / (~group).sum())
    se = math.sqrt(spread * contrast @ r @ contrast)
    df = max(1, n * (1 - rho) / (1 + rho) - 2)
    q = stats.t.ppf(0.95, df)
    d = mean_in - mean_out
    return d - q * se, d + q * se, rho, df


if __name__ == "__main__":
    print(interval([5, 7, 5, 7, 6, 2, 4, 2, 4, 3], [1] * 5 + [0] * 5))
    print(interval([6, 6, 5, 5, 4, 3, 3, 2, 2, 4, 4], [1] * 5 + [0] * 6))
