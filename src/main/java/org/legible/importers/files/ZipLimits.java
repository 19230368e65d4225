package org.legible.importers.files;

/** Caps for an uploaded zip: how many entries, how many bytes in all, and how much larger than compressed. */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxRatio) {
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 8L << 30, 200);
}
