package org.legible.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.SitePain;

/**
 * What the pain felt like (issue 3 §3): for each band of the legs, on how many days each word was chosen there, and
 * over time the share of the chosen words that are neuropathic-type (burning, electric, tingling, numbness, crawling,
 * cold). A description of words, never a diagnosis.
 *
 * @param groups bands where something hurt, top to bottom
 * @param blocks the period cut into blocks of {@link #blockDays} days (the last may be shorter), oldest first
 */
public record DescriptorProfile(List<GroupProfile> groups, int blockDays, List<NeuropathicShare> blocks) {

    /** Up to 13 weeks is shown week by week; longer periods in four-week blocks so the table stays readable. */
    static final int WEEK = 7;

    static final int FOUR_WEEKS = 28;
    static final int WEEKLY_UP_TO_DAYS = 91;

    public DescriptorProfile {
        groups = List.copyOf(groups);
        blocks = List.copyOf(blocks);
    }

    /** One band: days anything hurt there, and each word with the days it was chosen there, most days first. */
    public record GroupProfile(RegionGroup group, int daysHurt, List<DescriptorDays> descriptors) {
        public GroupProfile {
            descriptors = List.copyOf(descriptors);
        }
    }

    public record DescriptorDays(Descriptor descriptor, int days) {}

    /**
     * Words chosen in one block (each site's each word in each check-in counts once) and how many were
     * neuropathic-type. A block without any word has no share, which is a gap rather than zero.
     */
    public record NeuropathicShare(LocalDate from, LocalDate to, int words, int neuropathicWords) {
        public Double share() {
            return words == 0 ? null : (double) neuropathicWords / words;
        }

        public Integer percent() {
            return words == 0 ? null : (int) Math.round(100.0 * neuropathicWords / words);
        }
    }

    public boolean anyWords() {
        return blocks.stream().anyMatch(b -> b.words() > 0);
    }

    public static DescriptorProfile of(List<CheckIn> checkIns, LocalDate from, LocalDate to) {
        int length = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int blockDays = length <= WEEKLY_UP_TO_DAYS ? WEEK : FOUR_WEEKS;
        Map<RegionGroup, Set<LocalDate>> hurt = new EnumMap<>(RegionGroup.class);
        Map<RegionGroup, Map<Descriptor, Set<LocalDate>>> words = new EnumMap<>(RegionGroup.class);
        int blockCount = (length + blockDays - 1) / blockDays;
        int[] all = new int[blockCount];
        int[] neuropathic = new int[blockCount];
        for (CheckIn checkIn : checkIns) {
            LocalDate day = checkIn.details().diaryDay();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            int block = (int) ChronoUnit.DAYS.between(from, day) / blockDays;
            for (SitePain pain : checkIn.details().sites()) {
                RegionGroup group = RegionGroup.of(pain.site().region());
                if (pain.intensity() > 0 || !pain.descriptors().isEmpty()) {
                    hurt.computeIfAbsent(group, g -> new HashSet<>()).add(day);
                }
                for (Descriptor descriptor : pain.descriptors()) {
                    words.computeIfAbsent(group, g -> new EnumMap<>(Descriptor.class))
                            .computeIfAbsent(descriptor, d -> new HashSet<>())
                            .add(day);
                    all[block]++;
                    neuropathic[block] += descriptor.neuropathicType() ? 1 : 0;
                }
            }
        }
        List<GroupProfile> groups = new ArrayList<>();
        for (RegionGroup group : RegionGroup.values()) {
            if (!hurt.containsKey(group)) {
                continue;
            }
            List<DescriptorDays> descriptors = new ArrayList<>();
            words.getOrDefault(group, Map.of()).forEach((d, on) -> descriptors.add(new DescriptorDays(d, on.size())));
            // Most days first; ties keep the vocabulary's order, as the check-in lists them.
            descriptors.sort(
                    Comparator.comparingInt(DescriptorDays::days).reversed().thenComparing(DescriptorDays::descriptor));
            groups.add(new GroupProfile(group, hurt.get(group).size(), descriptors));
        }
        List<NeuropathicShare> blocks = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            LocalDate start = from.plusDays((long) i * blockDays);
            LocalDate end = start.plusDays(blockDays - 1L);
            blocks.add(new NeuropathicShare(start, end.isAfter(to) ? to : end, all[i], neuropathic[i]));
        }
        return new DescriptorProfile(groups, blockDays, blocks);
    }
}
