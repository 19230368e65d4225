package org.legible.insights;

import java.util.List;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;

/** On how many diary days a word was used, and the sites it was used for most (at most three, most often first). */
public record DescriptorCount(Descriptor descriptor, int days, List<BodySite> mostOftenAt) {

    public DescriptorCount {
        mostOftenAt = List.copyOf(mostOftenAt);
    }
}
