package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.legible.diary.CheckIn;
import org.legible.diary.FreeText;
import org.legible.diary.HealthMeasures;
import org.legible.diary.OwnItem;

/**
 * The person's own items over a period (issue 29), each on its own terms, never mixed into the 0 to 10 leg and foot
 * pain: a scale or a number by its mean and range, yes or no by its yes days, words by how often each came. Each
 * item's days are set against the day's mean leg and foot pain {@code lag} days later, as the person chose (an effect
 * may take days): for a scale or a number the days above the person's own median against the rest, for yes or no the
 * yes days against the no days ({@link Comparison}: at least {@value Comparison#MIN_EACH} days each side, with its
 * interval for days that run together). Together is not cause; the page says so.
 *
 * <p>The check-in's mood, stress and "how much pain got in the way" ({@link BesidePainScale}) come first, each as a
 * scale; then the person's own items.
 *
 * <p>Ratings another app kept and an import brought in (Flaredown's symptoms, a spreadsheet's score) join the same
 * list, each as a number on that app's own scale ({@link Summary#scaleMax()}), after the person's own items: one list
 * of what the person follows beside the pain, wherever it was recorded.
 *
 * @param lag days between an item's day and the pain it is set against: 0 (the same day) to {@value #MAX_LAG}
 */
public record OwnItemSummaries(int lag, List<Summary> items) {

    public static final int MAX_LAG = 3;

    /**
     * One item over the period: the days it was answered; for a scale or a number the mean, lowest and highest of
     * its daily values (a day answered twice counts by its mean) and the median that splits them; for yes or no the
     * days of yes; for words the days of each; and how pain {@code lag} days later compared, when it can tell.
     */
    public record Summary(
            OwnItem item,
            int days,
            Double mean,
            Double lowest,
            Double highest,
            Double median,
            int yesDays,
            List<WordDays> words,
            Optional<Comparison> withPain,
            java.util.SortedMap<LocalDate, Double> daily,
            Integer scaleMax,
            BesidePainScale scale) {

        /** One of the check-in's own scales, mood, stress or pain in the way, rather than an item of the person's. */
        public boolean besidePain() {
            return scale != null;
        }

        /** Rated in another app and brought in, on that app's scale from 0 to {@link #scaleMax()}. */
        public boolean broughtIn() {
            return scaleMax != null;
        }

        public Summary {
            daily = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(daily));
        }

        Summary about(BesidePainScale scale) {
            return new Summary(
                    item, days, mean, lowest, highest, median, yesDays, words, withPain, daily, scaleMax, scale);
        }
    }

    /** A word of a words item, and the days it was the day's answer. */
    public record WordDays(String word, int days) {}

    public OwnItemSummaries {
        items = List.copyOf(items);
        if (lag < 0 || lag > MAX_LAG) {
            throw new IllegalArgumentException("lag must be 0 to " + MAX_LAG);
        }
    }

    public boolean any() {
        return !items.isEmpty();
    }

    /** The items answered in Legible's check-ins, without the ratings brought in from other apps. */
    public List<Summary> recordedHere() {
        return items.stream().filter(s -> !s.broughtIn()).toList();
    }

    /**
     * {@code checkIns} must reach {@code lag} days past {@code to}, where the last days' pain is; only items answered
     * from {@code from} to {@code to} are summed up, in the person's own order.
     */
    public static OwnItemSummaries of(
            List<OwnItem> items, List<CheckIn> checkIns, LocalDate from, LocalDate to, int lag) {
        return of(items, checkIns, List.of(), from, to, lag);
    }

    /** As above, with {@code broughtIn}, another app's diary as imports brought it in; its ratings join the list. */
    public static OwnItemSummaries of(
            List<OwnItem> items,
            List<CheckIn> checkIns,
            List<HealthMeasures.TrackerEntry> broughtIn,
            LocalDate from,
            LocalDate to,
            int lag) {
        Map<LocalDate, Double> pain = new HashMap<>();
        DaySummaries.of(checkIns).forEach(d -> pain.put(d.day(), d.meanPain()));
        List<CheckIn> inPeriod = checkIns.stream()
                .filter(c -> !c.details().diaryDay().isBefore(from)
                        && !c.details().diaryDay().isAfter(to))
                .sorted(Comparator.comparing(CheckIn::recordedAt))
                .toList();
        List<Summary> summaries = new ArrayList<>();
        for (BesidePainScale scale : BesidePainScale.values()) {
            Map<LocalDate, List<String>> answers = new TreeMap<>();
            for (CheckIn checkIn : inPeriod) {
                Integer answer = scale.answerIn(checkIn);
                if (answer != null) {
                    answers.computeIfAbsent(checkIn.details().diaryDay(), d -> new ArrayList<>())
                            .add(answer.toString());
                }
            }
            if (!answers.isEmpty()) {
                summaries.add(summary(asItem(scale, answers.keySet().iterator().next()), answers, pain, lag, null)
                        .about(scale));
            }
        }
        for (OwnItem item : items) {
            Map<LocalDate, List<String>> answers = new TreeMap<>();
            for (CheckIn checkIn : inPeriod) {
                checkIn.details()
                        .answerFor(item.id())
                        .ifPresent(
                                a -> answers.computeIfAbsent(checkIn.details().diaryDay(), d -> new ArrayList<>())
                                        .add(a));
            }
            if (!answers.isEmpty()) {
                summaries.add(summary(item, answers, pain, lag, null));
            }
        }
        Map<String, Map<LocalDate, List<String>>> ratings = new LinkedHashMap<>();
        Map<String, HealthMeasures.TrackerEntry> firstOf = new LinkedHashMap<>();
        broughtIn.stream()
                .filter(e -> e.kind() == HealthMeasures.EntryKind.RATING)
                // A name another app wrote only in control characters has nothing left to show.
                .filter(e -> !FreeText.withoutControlCharacters(e.name()).isBlank())
                .filter(e -> !e.day().isBefore(from) && !e.day().isAfter(to))
                .sorted(Comparator.comparing(HealthMeasures.TrackerEntry::name)
                        .thenComparing(HealthMeasures.TrackerEntry::scaleMax))
                .forEach(e -> {
                    String key = e.name() + "\n" + e.scaleMax();
                    firstOf.putIfAbsent(key, e);
                    ratings.computeIfAbsent(key, k -> new TreeMap<>())
                            .computeIfAbsent(e.day(), d -> new ArrayList<>())
                            .add(e.rating().toString());
                });
        ratings.forEach((key, days) -> {
            HealthMeasures.TrackerEntry first = firstOf.get(key);
            summaries.add(summary(asItem(first, days.keySet().iterator().next()), days, pain, lag, first.scaleMax()));
        });
        return new OwnItemSummaries(lag, summaries);
    }

    /** One of the check-in's scales as a scale item for the page; its name is the scale's code, shown by its message. */
    private static OwnItem asItem(BesidePainScale scale, LocalDate firstDay) {
        String id = java.util
                .UUID
                .nameUUIDFromBytes(("beside pain\n" + scale.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return new OwnItem(id, scale.code(), OwnItem.Kind.SCALE, null, null, null, List.of(), firstDay, null);
    }

    /**
     * A rated item another app kept, read as a number: an item of its own for the page, whose id is drawn from its name
     * and scale so it stays the same between visits.
     */
    private static OwnItem asItem(HealthMeasures.TrackerEntry entry, LocalDate firstDay) {
        String id = java.util
                .UUID
                .nameUUIDFromBytes(
                        (entry.name() + "\n" + entry.scaleMax()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        String shown = FreeText.withoutControlCharacters(entry.name()).strip();
        String name = shown.length() > OwnItem.NAME_CHARACTERS
                ? shown.substring(0, OwnItem.NAME_CHARACTERS - 1) + "…"
                : shown;
        return new OwnItem(id, name, OwnItem.Kind.NUMBER, null, null, null, List.of(), firstDay, null);
    }

    private static Summary summary(
            OwnItem item,
            Map<LocalDate, List<String>> answers,
            Map<LocalDate, Double> pain,
            int lag,
            Integer scaleMax) {
        List<Double> painAfter = new ArrayList<>();
        return switch (item.kind()) {
            case SCALE, NUMBER -> {
                List<double[]> pairs = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                TreeMap<LocalDate, Double> daily = new TreeMap<>();
                answers.forEach((day, texts) -> {
                    double value = texts.stream()
                            .mapToDouble(t -> new BigDecimal(t).doubleValue())
                            .average()
                            .orElseThrow();
                    values.add(value);
                    daily.put(day, value);
                    Double later = pain.get(day.plusDays(lag));
                    if (later != null) {
                        pairs.add(new double[] {value, later});
                    }
                });
                Optional<MedianSplit> split =
                        pairs.isEmpty() ? Optional.empty() : Optional.of(MedianSplit.of(pairs, m -> v -> v > m));
                yield new Summary(
                        item,
                        values.size(),
                        values.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow(),
                        values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                        split.map(MedianSplit::median).orElse(null),
                        0,
                        List.of(),
                        split.flatMap(MedianSplit::comparison),
                        daily,
                        scaleMax,
                        null);
            }
            case YES_NO -> {
                List<Boolean> yes = new ArrayList<>();
                int[] yesDays = {0};
                answers.forEach((day, texts) -> {
                    boolean said = texts.contains("yes");
                    yesDays[0] += said ? 1 : 0;
                    Double later = pain.get(day.plusDays(lag));
                    if (later != null) {
                        painAfter.add(later);
                        yes.add(said);
                    }
                });
                yield new Summary(
                        item,
                        answers.size(),
                        null,
                        null,
                        null,
                        null,
                        yesDays[0],
                        List.of(),
                        Comparison.overDays(painAfter, yes),
                        new TreeMap<>(),
                        null,
                        null);
            }
            case WORDS -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                item.words().forEach(w -> counts.put(w, 0));
                // A day answered twice counts by its last answer.
                answers.values().forEach(texts -> counts.merge(texts.get(texts.size() - 1), 1, Integer::sum));
                List<WordDays> words = new ArrayList<>();
                counts.forEach((word, days) -> words.add(new WordDays(word, days)));
                yield new Summary(
                        item,
                        answers.size(),
                        null,
                        null,
                        null,
                        null,
                        0,
                        words,
                        Optional.empty(),
                        new TreeMap<>(),
                        null,
                        null);
            }
        };
    }
}
