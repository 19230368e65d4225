package org.legible.bodymap;

import java.util.Locale;
import java.util.Optional;

/** What the pain feels like (product.md). Several may be chosen per site. */
public enum Descriptor {
    ACHING(false),
    STIFFNESS(false),
    HEAVINESS(false),
    THROBBING(false),
    SHOOTING(false),
    STABBING(false),
    ELECTRIC(true),
    BURNING(true),
    CRAMPING(false),
    SPASMS_TWITCHING(false),
    TINGLING(true),
    NUMBNESS(true),
    CRAWLING(true),
    TENDER_TO_TOUCH(false),
    COLD(true),
    SWOLLEN_FEELING(false),
    BRUISED_FEELING(false);

    private final boolean neuropathicType;

    Descriptor(boolean neuropathicType) {
        this.neuropathicType = neuropathicType;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counted in the neuropathic descriptor profile; a description, never a diagnosis. */
    public boolean neuropathicType() {
        return neuropathicType;
    }

    public static Optional<Descriptor> fromCode(String code) {
        for (Descriptor descriptor : values()) {
            if (descriptor.code().equals(code)) {
                return Optional.of(descriptor);
            }
        }
        return Optional.empty();
    }
}
