package org.legible.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Actor;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.ForCarers;
import org.legible.accounts.Preferences;
import org.legible.diary.Diary;
import org.legible.diary.EffectWindow;
import org.legible.diary.OwnItems;
import org.legible.diary.RedFlagChecks;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.insights.CycleSummary;
import org.legible.insights.InsightLabels;
import org.legible.insights.Insights;
import org.legible.insights.OwnItemSummaries;
import org.legible.insights.PeriodChoice;
import org.legible.insights.PeriodInsights;
import org.legible.insights.StrategyEffects;
import org.legible.insights.charts.HeatMapPicture;
import org.legible.insights.charts.TrendChart;
import org.legible.insights.patterns.Mechanism;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The insights overview for a chosen period: red flags first, then pain with sleep, tiredness and the
 * restless-legs urge over time, where it hurt against the period before, flares, and what seems to help. A period
 * typed wrong comes back (422) with the message next to its field and what was typed kept.
 */
@Controller
record OverviewController(
        Insights insights,
        Diary diary,
        OwnItems ownItems,
        Accounts accounts,
        RedFlagChecks redFlagChecks,
        MessageSource messages) {

    static final List<Integer> QUICK_PERIODS = List.of(7, 30, 90);
    static final int DEFAULT_DAYS = 30;

    @ForCarers(CarerGrant.READ)
    @GetMapping("/insights")
    String overview(
            AccountId account,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        String view = page(account, null, days, from, to, locale, model, response);
        // The cycle is the person's alone: its link is never shown to a carer who reads.
        model.addAttribute(
                "tracksCycle", !actor.helping() && accounts.preferences(account).tracksCycle());
        return view;
    }

    /** What a card or a link on the overview opens, for the same days; an unknown part is not found. */
    @ForCarers(CarerGrant.READ)
    @GetMapping("/insights/{part}")
    String part(
            AccountId account,
            @PathVariable String part,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String lag,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        InsightPart chosen =
                InsightPart.fromCode(part).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (chosen == InsightPart.CYCLE && actor.helping()) {
            // The cycle is the person's alone (diary/cycle.html says so): a carer who reads never sees it.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String view = page(account, chosen, days, from, to, locale, model, response);
        if (chosen == InsightPart.OWN && model.getAttribute("p") instanceof PeriodInsights p) {
            ownItemsPart(account, p, lag(lag), model);
        }
        if (chosen == InsightPart.HELPS) {
            // Changing when an effect is counted is the person's own; a carer who reads sees the windows used.
            model.addAttribute("mayChangeWindows", !actor.helping());
            model.addAttribute("startChoices", days(0, EffectWindow.MAX_STARTS_AFTER));
            model.addAttribute("lastChoices", days(1, EffectWindow.MAX_LASTS));
        }
        if (chosen == InsightPart.CYCLE && model.getAttribute("p") instanceof PeriodInsights p) {
            model.addAttribute("cycle", insights.cycle(account, p.from(), p.to()));
            model.addAttribute("cycleParts", List.of(CycleSummary.Part.values()));
            model.addAttribute("minCycles", CycleSummary.MIN_CYCLES);
            model.addAttribute("tracksCycle", accounts.preferences(account).tracksCycle());
        }
        return view;
    }

    /**
     * The person's own items over the period, against leg and foot pain {@code lag} days later, with a small line for
     * each scale or number.
     */
    private void ownItemsPart(AccountId account, PeriodInsights p, int lag, Model model) {
        OwnItemSummaries own = insights.ownItems(account, p.from(), p.to(), lag);
        Map<String, OwnItemLine> lines = new LinkedHashMap<>();
        own.items().stream()
                .filter(s -> !s.daily().isEmpty())
                .forEach(s -> lines.put(s.item().id(), OwnItemLine.of(s, p.from(), p.to())));
        model.addAttribute("own", own);
        model.addAttribute("ownLines", lines);
        model.addAttribute(
                "lags",
                java.util.stream.IntStream.rangeClosed(0, OwnItemSummaries.MAX_LAG)
                        .boxed()
                        .toList());
    }

    /** The days between an item and the pain it is set against, as asked; anything else is the same day. */
    private static int lag(String text) {
        try {
            int lag = Integer.parseInt(text == null ? "0" : text.strip());
            return lag >= 0 && lag <= OwnItemSummaries.MAX_LAG ? lag : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String page(
            AccountId account,
            InsightPart part,
            Integer days,
            String from,
            String to,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Preferences preferences = accounts.preferences(account);
        return render(
                account,
                part,
                days,
                from,
                to,
                locale,
                model,
                response,
                Map.of(),
                String.valueOf(preferences.flarePoints()),
                String.valueOf(preferences.flareDays()));
    }

    /**
     * Saves what counts as a flare and shows the same days again with it. Values outside the choices (only possible
     * by editing the request) come back 422 next to their field; nothing is saved.
     */
    @PostMapping("/insights/flare-rule")
    String flareRule(
            AccountId account,
            @RequestParam(required = false) String points,
            @RequestParam(required = false) String flareDays,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Integer chosenPoints = whole(points);
        Integer chosenDays = whole(flareDays);
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosenPoints == null || !Preferences.flarePointsValid(chosenPoints)) {
            errors.put(
                    "flare-points",
                    messages.getMessage(
                            "insights.flareRule.error.points",
                            new Object[] {Preferences.MIN_FLARE_POINTS, Preferences.MAX_FLARE_POINTS},
                            locale));
        }
        if (chosenDays == null || !Preferences.flareDaysValid(chosenDays)) {
            errors.put(
                    "flare-days",
                    messages.getMessage(
                            "insights.flareRule.error.days",
                            new Object[] {Preferences.MIN_FLARE_DAYS, Preferences.MAX_FLARE_DAYS},
                            locale));
        }
        if (!errors.isEmpty()) {
            String view = render(
                    account, InsightPart.FLARES, days, from, to, locale, model, response, errors, points, flareDays);
            response.setStatus(422);
            return view;
        }
        accounts.updatePreferences(account, accounts.preferences(account).withFlareRule(chosenPoints, chosenDays));
        return "redirect:" + address(InsightPart.FLARES, days, from, to);
    }

    /**
     * The person says a clinician has checked the red flags reported in these days (or takes it back), so what the
     * diary may point to is shown again, marked as coming after the check. Nothing else changes.
     */
    @PostMapping("/insights/red-flags-checked")
    String redFlagsChecked(
            AccountId account,
            @RequestParam(defaultValue = "checked") String action,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate today = diary.today(account);
        Optional<PeriodChoice> period = from != null || to != null
                ? PeriodChoice.parse(from, to, today, new LinkedHashMap<>())
                : Optional.of(
                        PeriodChoice.last(days != null && QUICK_PERIODS.contains(days) ? days : DEFAULT_DAYS, today));
        period.ifPresent(chosen -> {
            var flags = insights.period(account, chosen.from(), chosen.to())
                    .reportedRedFlags()
                    .flags();
            if ("undo".equals(action)) {
                redFlagChecks.unmark(account, flags);
            } else {
                redFlagChecks.markChecked(account, flags);
            }
        });
        return "redirect:" + address(null, days, from, to) + "#insights-red-flags";
    }

    /** The overview ({@code part} null) or one of its parts, for the same days: chosen, quick, or the default. */
    static String address(InsightPart part, Integer days, String from, String to) {
        UriComponentsBuilder back =
                UriComponentsBuilder.fromPath(part == null ? "/insights" : "/insights/" + part.code());
        if (from != null || to != null) {
            back.queryParam("from", from == null ? "" : from).queryParam("to", to == null ? "" : to);
        } else if (days != null) {
            back.queryParam("days", days);
        }
        return back.encode().build().toUriString();
    }

    private static Integer whole(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String render(
            AccountId account,
            InsightPart part,
            Integer days,
            String from,
            String to,
            Locale locale,
            Model model,
            HttpServletResponse response,
            Map<String, String> flareErrors,
            String typedPoints,
            String typedDays) {
        LocalDate today = diary.today(account);
        Map<String, String> errors = new LinkedHashMap<>();
        PeriodChoice period;
        boolean custom = from != null || to != null;
        if (custom) {
            Map<String, PeriodChoice.Problem> problems = new LinkedHashMap<>();
            Optional<PeriodChoice> chosen = PeriodChoice.parse(from, to, today, problems);
            problems.forEach(
                    (field, problem) -> errors.put(field, messages.getMessage(problem.key(), problem.args(), locale)));
            period = chosen.orElse(null);
        } else {
            period = PeriodChoice.last(days != null && QUICK_PERIODS.contains(days) ? days : DEFAULT_DAYS, today);
        }
        errors.putAll(flareErrors);
        model.addAttribute("quickPeriods", QUICK_PERIODS);
        model.addAttribute("today", today.toString());
        model.addAttribute("from", custom ? from : period.from().toString());
        model.addAttribute("to", custom ? to : period.to().toString());
        model.addAttribute("days", custom ? null : period.length());
        // The links keep the days as asked for (a custom period as typed, so a wrong one stays wrong everywhere).
        Integer asked = custom ? null : period.length();
        Map<String, String> links = new LinkedHashMap<>();
        for (InsightPart each : InsightPart.values()) {
            links.put(each.code(), address(each, asked, custom ? from : null, custom ? to : null));
        }
        model.addAttribute("part", part == null ? null : part.code());
        model.addAttribute("partTitle", part == null ? "insights.title" : part.title());
        model.addAttribute("parts", InsightPart.values());
        model.addAttribute("links", links);
        model.addAttribute("overviewLink", address(null, asked, custom ? from : null, custom ? to : null));
        model.addAttribute("base", part == null ? "/insights" : "/insights/" + part.code());
        model.addAttribute("errors", errors);
        model.addAttribute("flarePoints", typedPoints);
        model.addAttribute("flareDays", typedDays);
        model.addAttribute("pointChoices", range(Preferences.MIN_FLARE_POINTS, Preferences.MAX_FLARE_POINTS));
        model.addAttribute("dayChoices", range(Preferences.MIN_FLARE_DAYS, Preferences.MAX_FLARE_DAYS));
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute("minDaysToCompare", StrategyEffects.MIN_DAYS);
        model.addAttribute("mechanisms", Mechanism.values());
        // In the order the sleep sentence names them: leg pain, cramps, restless legs, something else.
        model.addAttribute("wokeBy", WokeBy.values());
        if (period == null) {
            response.setStatus(422);
            return "insights/overview";
        }
        PeriodInsights insight = insights.period(account, period.from(), period.to());
        model.addAttribute("p", insight);
        boolean waiting = insight.waitForClinician(redFlagChecks.checked(account));
        model.addAttribute("waitForClinician", waiting);
        model.addAttribute(
                "checkedByClinician", !waiting && insight.reportedRedFlags().stopsOrdinaryAdvice());
        model.addAttribute(
                "redFlagCheckAction",
                address(null, asked, custom ? from : null, custom ? to : null)
                        .replaceFirst("^/insights", "/insights/red-flags-checked"));
        // Each page draws only its own pictures.
        if (part == null) {
            model.addAttribute("hasOwnItems", !ownItems.all(account).isEmpty());
            model.addAttribute("glance", Glance.of(insight, new InsightLabels(messages, locale)));
        } else if (part == InsightPart.PAIN) {
            model.addAttribute("trend", TrendChart.withFatigueAndUrge(insight, locale));
            model.addAttribute("trendNarrow", TrendChart.withFatigueAndUrge(insight, locale, TrendChart.NARROW));
            String chart = insight.byWeek() ? "insights.chart.title.weekly" : "insights.chart.title";
            String words = insight.byWeek() ? "insights.chart.description.weekly" : "insights.chart.description";
            model.addAttribute("chartTitle", messages.getMessage(chart, null, locale));
            model.addAttribute("chartDescription", messages.getMessage(words, null, locale));
        } else if (part == InsightPart.WHERE) {
            model.addAttribute("heatMap", HeatMapPicture.of(insight.sites()));
            model.addAttribute("previousHeatMap", HeatMapPicture.of(insight.previousSites()));
        }
        return "insights/overview";
    }

    private static List<Integer> days(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }

    private static List<String> range(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last)
                .mapToObj(String::valueOf)
                .toList();
    }
}
