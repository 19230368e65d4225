package org.legible.insights;

/**
 * Mean pain on days with a strategy against days without it, and a 90% percentile-bootstrap interval for the
 * difference (with minus without; below zero means less pain on days with it). "Happens with" is not "causes".
 */
public record Comparison(
        int daysWith,
        int daysWithout,
        double meanWith,
        double meanWithout,
        double difference,
        double low,
        double high) {

    /** The whole interval is below zero: lower pain on days with it, beyond what chance reshuffling gives. */
    public boolean clearlyLower() {
        return high < 0;
    }

    public boolean clearlyHigher() {
        return low > 0;
    }
}
