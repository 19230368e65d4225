package org.legible.diary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Actor;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.ForCarers;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.MapPicture;
import org.legible.diary.CheckIn;
import org.legible.diary.DayPage;
import org.legible.diary.Diary;
import org.legible.diary.HealthMeasures;
import org.legible.diary.OwnItems;
import org.legible.diary.PeriodStarts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page (today) and the history: check-ins by diary day, newest first, in pages. */
@Controller
record HistoryController(
        Diary diary,
        OwnItems ownItems,
        HealthMeasures measures,
        Accounts accounts,
        PeriodStarts periodStarts,
        MessageSource messages) {

    /** Diary days with a check-in before Today mentions screens and experiments. */
    static final int DAYS_BEFORE_MORE = 3;

    /** Two weeks of days that hold anything. */
    static final int DAYS_PER_PAGE = 14;

    static final int MAX_PAGE = 100_000;

    /**
     * A day of the history: its check-ins and, when an import brought them, the night before it, its steps and that
     * day of another tracker's diary.
     */
    record Day(
            LocalDate day,
            List<CheckIn> checkIns,
            HealthMeasures.Night night,
            HealthMeasures.StepDay steps,
            List<HealthMeasures.TrackerEntry> entries) {

        Day(LocalDate day, List<CheckIn> checkIns) {
            this(day, checkIns, null, null, List.of());
        }

        /** Hours asleep to a tenth, for the line under the day; null when only time in bed was recorded. */
        public java.math.BigDecimal hoursAsleep() {
            return night == null ? null : hours(night.asleepMinutes());
        }

        /** Hours in bed to a tenth, shown when the time asleep is unknown. */
        public java.math.BigDecimal hoursInBed() {
            return night == null ? null : hours(night.inBedMinutes());
        }

        private static java.math.BigDecimal hours(java.math.BigDecimal minutes) {
            return minutes == null
                    ? null
                    : minutes.divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    @ForCarers(CarerGrant.READ)
    @GetMapping("/")
    String today(
            @RequestParam(required = false) String welcome,
            AccountId account,
            Actor actor,
            Model model,
            Locale locale) {
        model.addAttribute("welcome", welcome != null);
        LocalDate today = diary.today(account);
        model.addAttribute("today", today);
        // One tap for someone who follows their cycle; never shown to a carer (diary/cycle.html).
        if (!actor.helping() && accounts.preferences(account).tracksCycle()) {
            model.addAttribute("periodMarkedToday", periodStarts.all(account).contains(today));
        }
        List<CheckIn> todays = diary.onDay(account, today);
        model.addAttribute("checkIns", todays);
        model.addAttribute("hasCheckIns", diary.hasCheckIns(account));
        // Screens and experiments wait until there is something to build on (docs/design.md, "Today").
        model.addAttribute(
                "settledIn", diary.days(account, 0, DAYS_BEFORE_MORE).days().size() >= DAYS_BEFORE_MORE);
        DiaryLabels labels = labels(account, locale);
        model.addAttribute("labels", labels);
        // Where it hurt today, on the drawing: each place at the most it hurt in today's check-ins.
        Map<BodySite, Integer> worst = new HashMap<>();
        todays.forEach(c -> c.details().sites().forEach(s -> worst.merge(s.site(), s.intensity(), Math::max)));
        if (!worst.isEmpty()) {
            model.addAttribute("todayPicture", MapPicture.of(worst, labels::site));
            model.addAttribute("mapCaptions", BodyMapLayout.captions());
            model.addAttribute("mapOutlines", BodyMapLayout.outlines());
        }
        return "diary/today";
    }

    @ForCarers(CarerGrant.READ)
    @GetMapping("/history")
    String history(@RequestParam(defaultValue = "0") String page, AccountId account, Model model, Locale locale) {
        int number = parsePage(page);
        DayPage result = diary.days(account, number, DAYS_PER_PAGE);
        model.addAttribute("days", withMeasures(account, byDay(result.days(), account)));
        model.addAttribute("page", result.page());
        model.addAttribute("hasOlder", result.hasOlder());
        model.addAttribute("labels", labels(account, locale));
        model.addAttribute("ownItemList", ownItems.all(account));
        return "diary/history";
    }

    /** A page number that is not a small whole number shows the first page rather than an error. */
    static int parsePage(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            return number < 0 || number > MAX_PAGE ? 0 : number;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Adds what imports brought for each day shown, read in one query each for the page's days, together. */
    private List<Day> withMeasures(AccountId account, List<Day> days) {
        if (days.isEmpty()) {
            return days;
        }
        LocalDate first = days.get(days.size() - 1).day();
        LocalDate last = days.get(0).day();
        HealthMeasures.Measured measured = measures.measured(account, first, last);
        Map<LocalDate, HealthMeasures.Night> nights = new java.util.HashMap<>();
        measured.nights().forEach(n -> nights.put(n.day(), n));
        Map<LocalDate, HealthMeasures.StepDay> steps = new java.util.HashMap<>();
        measured.steps().forEach(s -> steps.put(s.day(), s));
        Map<LocalDate, List<HealthMeasures.TrackerEntry>> entries = new java.util.HashMap<>();
        measured.entries()
                .forEach(e ->
                        entries.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e));
        return days.stream()
                .map(d -> new Day(
                        d.day(),
                        d.checkIns(),
                        nights.get(d.day()),
                        steps.get(d.day()),
                        entries.getOrDefault(d.day(), List.of())))
                .toList();
    }

    /** The page's days, newest first, each with its check-ins newest first (read in one query for the page). */
    private List<Day> byDay(List<LocalDate> days, AccountId account) {
        if (days.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, List<CheckIn>> checkIns = new LinkedHashMap<>();
        for (CheckIn checkIn : diary.between(account, days.get(days.size() - 1), days.get(0))) {
            checkIns.computeIfAbsent(checkIn.details().diaryDay(), d -> new ArrayList<>())
                    .add(0, checkIn);
        }
        return days.stream()
                .map(day -> new Day(day, checkIns.getOrDefault(day, List.of())))
                .toList();
    }

    private DiaryLabels labels(AccountId account, Locale locale) {
        return new DiaryLabels(messages, locale, accounts.preferences(account).timeZone());
    }
}
