package org.legible.diary.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.MapRegion;
import org.legible.bodymap.Side;
import org.legible.bodymap.SiteNames;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.web.CheckInForm.MedicationForm;
import org.legible.diary.web.CheckInForm.SiteForm;
import org.legible.diary.web.CheckInForm.StrategyForm;
import org.springframework.context.MessageSource;

/**
 * Everything the check-in page renders. Rows keep the index they were submitted with (so each problem, keyed by
 * field name, lands next to its own row) and whatever the catalogue has that was not submitted is appended: all
 * 26 sites, every vocabulary strategy, one empty row for an own strategy and one for a medication.
 */
record CheckInFormView(
        CheckInForm form,
        List<SideGroup> sideGroups,
        List<MapRegion> mapRegions,
        List<String> descriptors,
        List<StrategyRow> strategies,
        List<MedicationRow> medications,
        Map<String, String> errors,
        List<ErrorLink> errorList) {

    record SiteRow(int index, String code, String label, boolean selected, String intensity, List<String> descriptors) {
        /**
         * Only chosen sites (or ones carrying values) get their intensity and descriptor fields in the page; the
         * others stay one checkbox each, which keeps the page small. Script adds the fields on choosing.
         */
        public boolean hasDetail() {
            return selected || (intensity != null && !intensity.isBlank()) || !descriptors.isEmpty();
        }
    }

    record SideGroup(String sideCode, List<SiteRow> rows) {}

    record StrategyRow(
            int index,
            String code,
            boolean used,
            String ownName,
            String detail,
            String minutes,
            String helped,
            boolean tracked) {
        /**
         * Only a strategy that was used (or carries values, or is the row for one's own) gets its detail fields in
         * the page; script adds them on ticking, and without script "Add minutes and whether it helped" does.
         */
        public boolean hasDetail() {
            return used || own() || !blank(detail) || !blank(minutes) || !blank(helped);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public boolean own() {
            return code == null || code.isBlank();
        }
    }

    record MedicationRow(int index, String name, String dose, String unit, String schedule, String helped) {}

    record ErrorLink(String anchor, String message) {}

    /** Codes of the strategies the person tracks (marked in the form). */
    Set<String> trackedStrategies() {
        Set<String> codes = new HashSet<>();
        strategies.stream().filter(StrategyRow::tracked).forEach(row -> codes.add(row.code()));
        return codes;
    }

    /** The element id of a field: {@code sites[3].intensity} → {@code sites-3-intensity}. */
    static String anchor(String field) {
        return field.replaceAll("[\\[\\]\\.]+", "-").replaceAll("-$", "");
    }

    static CheckInFormView of(CheckInForm form, FieldProblems problems, MessageSource messages, Locale locale) {
        return of(form, problems, messages, locale, Set.of());
    }

    /** {@code tracked}: codes of the strategies the person tracks, listed first and marked. */
    static CheckInFormView of(
            CheckInForm form, FieldProblems problems, MessageSource messages, Locale locale, Set<String> tracked) {
        Map<String, String> errors = problems.messages(messages, locale);
        List<SiteRow> sites = siteRows(form.sites(), messages, locale);
        List<SideGroup> sideGroups = sideGroups(sites);
        List<StrategyRow> strategies = strategyRows(form.strategies(), tracked);
        return new CheckInFormView(
                form,
                sideGroups,
                mapRegions(sites),
                Arrays.stream(Descriptor.values()).map(Descriptor::code).toList(),
                strategies,
                medicationRows(form.medications()),
                errors,
                CheckInErrorSummary.of(errors, sideGroups, strategies, messages, locale));
    }

    private static List<SiteRow> siteRows(List<SiteForm> submitted, MessageSource messages, Locale locale) {
        List<SiteRow> rows = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            SiteForm form = submitted.get(i);
            BodySite site = form == null ? null : BodySite.fromCode(form.code()).orElse(null);
            if (site != null && present.add(site.code())) {
                rows.add(new SiteRow(
                        i,
                        site.code(),
                        siteLabel(site, messages, locale),
                        form.isSelected(),
                        form.intensity(),
                        form.descriptors()));
            }
        }
        int next = submitted.size();
        for (BodySite site : BodySite.all()) {
            if (present.add(site.code())) {
                rows.add(new SiteRow(next++, site.code(), siteLabel(site, messages, locale), false, null, List.of()));
            }
        }
        return rows;
    }

    /** The list shows each leg top to bottom, left leg first. */
    private static List<SideGroup> sideGroups(List<SiteRow> rows) {
        List<SideGroup> groups = new ArrayList<>();
        for (Side side : Side.values()) {
            List<SiteRow> sideRows = new ArrayList<>();
            for (BodySite site : BodySite.all()) {
                if (site.side() == side) {
                    rows.stream()
                            .filter(r -> r.code().equals(site.code()))
                            .findFirst()
                            .ifPresent(sideRows::add);
                }
            }
            groups.add(new SideGroup(side.code(), sideRows));
        }
        return groups;
    }

    private static List<MapRegion> mapRegions(List<SiteRow> rows) {
        Map<String, SiteRow> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        return BodyMapLayout.shapes().stream()
                .map(shape -> {
                    SiteRow row = byCode.get(shape.site().code());
                    String mark = !row.selected()
                            ? ""
                            : row.intensity() == null || row.intensity().isBlank() ? "✓" : row.intensity();
                    return MapRegion.of(shape, row.label(), row.selected(), mark);
                })
                .toList();
    }

    static String siteLabel(BodySite site, MessageSource messages, Locale locale) {
        return SiteNames.of(site, messages, locale);
    }

    private static List<StrategyRow> strategyRows(List<StrategyForm> submitted, Set<String> tracked) {
        List<StrategyRow> rows = new ArrayList<>();
        Set<String> present = new HashSet<>();
        boolean lastIsEmptyOwn = false;
        for (int i = 0; i < submitted.size(); i++) {
            StrategyForm form = submitted.get(i);
            if (form == null) {
                continue;
            }
            boolean vocabulary = form.code() != null && !form.code().isBlank();
            if (vocabulary && (!present.add(form.code()) || "medication".equals(form.code()))) {
                continue;
            }
            rows.add(new StrategyRow(
                    i,
                    vocabulary ? form.code() : null,
                    form.isUsed(),
                    vocabulary ? null : form.ownName(),
                    form.detail(),
                    form.minutes(),
                    form.helped(),
                    vocabulary && tracked.contains(form.code())));
            lastIsEmptyOwn = !vocabulary && !form.isUsed();
        }
        int next = submitted.size();
        for (Strategy strategy : Strategy.values()) {
            if (strategy != Strategy.MEDICATION && present.add(strategy.code())) {
                rows.add(new StrategyRow(
                        next++, strategy.code(), false, null, null, null, null, tracked.contains(strategy.code())));
                lastIsEmptyOwn = false;
            }
        }
        if (!lastIsEmptyOwn) {
            rows.add(new StrategyRow(next, null, false, null, null, null, null, false));
        }
        // Tracked strategies come first; the form's indices stay as they were, so only the order on screen changes.
        List<StrategyRow> ordered =
                new ArrayList<>(rows.stream().filter(StrategyRow::tracked).toList());
        rows.stream().filter(r -> !r.tracked()).forEach(ordered::add);
        return ordered;
    }

    private static List<MedicationRow> medicationRows(List<MedicationForm> submitted) {
        List<MedicationRow> rows = new ArrayList<>();
        boolean lastIsBlank = false;
        for (int i = 0; i < submitted.size(); i++) {
            MedicationForm form = submitted.get(i);
            if (form == null) {
                continue;
            }
            rows.add(new MedicationRow(i, form.name(), form.dose(), form.unit(), form.schedule(), form.helped()));
            lastIsBlank = form.isBlank();
        }
        if (!lastIsBlank) {
            rows.add(new MedicationRow(submitted.size(), null, null, null, null, null));
        }
        return rows;
    }

    /** Adds one more empty medication row (the "add another medication" button, which works without script). */
    CheckInFormView withAnotherMedication() {
        List<MedicationRow> more = new ArrayList<>(medications);
        int next = more.stream().mapToInt(MedicationRow::index).max().orElse(-1) + 1;
        more.add(new MedicationRow(next, null, null, null, null, null));
        return new CheckInFormView(form, sideGroups, mapRegions, descriptors, strategies, more, errors, errorList);
    }
}
