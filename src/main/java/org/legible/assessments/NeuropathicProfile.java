package org.legible.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.SitePain;

/**
 * How often a person described their pain with the neuropathic-type words (burning, electric, tingling, numbness,
 * crawling, cold; product.md) over a period, and where: feet or legs, one side or both. A description to take to a
 * clinician alongside the small-fibre facts of docs/clinical-basis.md, never a DN4 or painDETECT score (their
 * items are not reproduced).
 *
 * @param checkIns how many check-ins the period holds
 * @param days how many diary days have a check-in
 * @param daysWithAny diary days on which any neuropathic-type word was used
 * @param descriptors one line per neuropathic-type word, in vocabulary order, including those never used
 */
public record NeuropathicProfile(int checkIns, int days, int daysWithAny, List<DescriptorLine> descriptors) {

    /** Ankles and feet, as against hips, thighs, knees and lower legs (the region groups of the insights). */
    public enum Place {
        FEET,
        LEGS
    }

    public enum Sides {
        LEFT_ONLY,
        RIGHT_ONLY,
        BOTH
    }

    /** One neuropathic-type word: on how many check-ins and days, where, and on which sides. */
    public record DescriptorLine(Descriptor descriptor, int checkIns, int days, Set<Place> places, Sides sides) {}

    static final Set<Region> FEET = EnumSet.of(Region.ANKLE, Region.FOOT_TOP, Region.SOLE, Region.HEEL, Region.TOES);

    public static NeuropathicProfile of(List<CheckInDetails> checkIns) {
        Set<LocalDate> allDays = new HashSet<>();
        Set<LocalDate> daysWithAny = new HashSet<>();
        checkIns.forEach(c -> allDays.add(c.diaryDay()));
        List<DescriptorLine> lines = new ArrayList<>();
        for (Descriptor descriptor : Arrays.stream(Descriptor.values())
                .filter(Descriptor::neuropathicType)
                .toList()) {
            int count = 0;
            Set<LocalDate> days = new HashSet<>();
            Set<Place> places = EnumSet.noneOf(Place.class);
            Set<Side> sides = EnumSet.noneOf(Side.class);
            for (CheckInDetails checkIn : checkIns) {
                boolean used = false;
                for (SitePain site : checkIn.sites()) {
                    if (site.descriptors().contains(descriptor)) {
                        used = true;
                        places.add(FEET.contains(site.site().region()) ? Place.FEET : Place.LEGS);
                        sides.add(site.site().side());
                    }
                }
                if (used) {
                    count++;
                    days.add(checkIn.diaryDay());
                    daysWithAny.add(checkIn.diaryDay());
                }
            }
            lines.add(new DescriptorLine(
                    descriptor,
                    count,
                    days.size(),
                    places.isEmpty() ? Set.of() : Set.copyOf(places),
                    sides.isEmpty()
                            ? null
                            : sides.size() == 2
                                    ? Sides.BOTH
                                    : sides.contains(Side.LEFT) ? Sides.LEFT_ONLY : Sides.RIGHT_ONLY));
        }
        return new NeuropathicProfile(checkIns.size(), allDays.size(), daysWithAny.size(), List.copyOf(lines));
    }
}
