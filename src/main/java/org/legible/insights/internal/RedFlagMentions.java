package org.legible.insights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.legible.diary.CheckIn;
import org.legible.diary.RedFlag;
import org.legible.diary.RedFlags;
import org.legible.insights.RedFlagMention;

/** Folds the red flags of a period's check-ins into one line per flag, most urgent first. */
final class RedFlagMentions {

    private RedFlagMentions() {}

    public static List<RedFlagMention> of(List<CheckIn> checkIns) {
        Map<RedFlag, TreeSet<LocalDate>> days = new EnumMap<>(RedFlag.class);
        Map<RedFlag, Instant> latest = new EnumMap<>(RedFlag.class);
        for (CheckIn checkIn : checkIns) {
            for (RedFlag flag : checkIn.details().redFlags()) {
                days.computeIfAbsent(flag, f -> new TreeSet<>())
                        .add(checkIn.details().diaryDay());
                latest.merge(flag, checkIn.recordedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return RedFlags.of(days.keySet()).byUrgency().stream()
                .map(flag -> {
                    TreeSet<LocalDate> on = days.get(flag);
                    return new RedFlagMention(flag, on.size(), on.first(), on.last(), latest.get(flag));
                })
                .toList();
    }
}
