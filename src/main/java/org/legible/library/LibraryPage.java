package org.legible.library;

import java.util.Arrays;
import java.util.Optional;
import org.legible.insights.patterns.Mechanism;

/**
 * The library's pages in reading order. Each has a stable slug (its address, {@code /library/<slug>}), a title and a
 * one-line summary in the message bundles ({@code library.<slug>.title}, {@code .summary}), and its text in
 * {@code library/<language>/<slug>.html}.
 */
public enum LibraryPage {
    LEG_AND_FOOT_PAIN("leg-and-foot-pain"),
    KINDS_OF_PAIN("kinds-of-pain"),
    CENTRAL_SENSITISATION("central-sensitisation"),
    RESTLESS_LEGS("restless-legs"),
    SLEEP("sleep"),
    SMALL_FIBRE_NERVES("small-fibre-nerves"),
    CIRCULATION("circulation"),
    WALKING("walking"),
    OVERLAPPING_CONDITIONS("overlapping-conditions"),
    RED_FLAGS("red-flags"),
    STRATEGIES("strategies"),
    MYTHS("myths");

    private final String slug;

    LibraryPage(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<LibraryPage> bySlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    /** Where a pattern's mechanism is explained: a page, with a section anchor for the overlapping conditions. */
    public static String addressOf(Mechanism mechanism) {
        return switch (mechanism) {
            case SMALL_FIBRE -> "/library/" + SMALL_FIBRE_NERVES.slug;
            case RESTLESS_LEGS -> "/library/" + RESTLESS_LEGS.slug;
            case SLEEP -> "/library/" + SLEEP.slug;
            case PLANTAR_HEEL -> "/library/" + OVERLAPPING_CONDITIONS.slug + "#plantar-fasciitis";
            case INFLAMMATORY_ARTHRITIS -> "/library/" + OVERLAPPING_CONDITIONS.slug + "#inflammatory-arthritis";
            case OSTEOARTHRITIS -> "/library/" + OVERLAPPING_CONDITIONS.slug + "#osteoarthritis";
            case GAIT -> "/library/" + WALKING.slug;
            case AUTONOMIC -> "/library/" + CIRCULATION.slug;
            case CENTRAL_SENSITISATION -> "/library/" + CENTRAL_SENSITISATION.slug;
        };
    }
}
