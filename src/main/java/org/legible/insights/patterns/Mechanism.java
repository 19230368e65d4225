package org.legible.insights.patterns;

import java.util.Locale;

/**
 * What a pattern in the diary may point to (product.md, "Several things feed leg and foot pain"). Each has its words
 * under {@code pattern.<code>.*} in the message bundles, with its source.
 */
public enum Mechanism {
    SMALL_FIBRE,
    RESTLESS_LEGS,
    SLEEP,
    PLANTAR_HEEL,
    GAIT,
    INFLAMMATORY_ARTHRITIS,
    OSTEOARTHRITIS,
    AUTONOMIC,
    CENTRAL_SENSITISATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
