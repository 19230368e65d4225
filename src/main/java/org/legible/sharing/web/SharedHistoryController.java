package org.legible.sharing.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Diary;
import org.legible.diary.OwnItems;
import org.legible.diary.RedFlagChecks;
import org.legible.insights.InsightLabels;
import org.legible.insights.Insights;
import org.legible.insights.PeriodInsights;
import org.legible.insights.patterns.Mechanism;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.Share;
import org.legible.sharing.Shares;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The days behind the shared report and the patterns, for a share that shows history; for any other share these
 * addresses do not exist. The person's notes in their own words are shown only if they ticked it.
 */
@Controller
record SharedHistoryController(
        Shares shares,
        ShareGate gate,
        Diary diary,
        OwnItems ownItems,
        RedFlagChecks redFlagChecks,
        Insights insights,
        Accounts accounts,
        MessageSource messages) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One check-in as the clinician sees it: when (in the person's own time zone) and what was recorded. */
    record SharedCheckIn(String time, CheckInDetails details, String enteredBy) {}

    record SharedDay(LocalDate day, List<SharedCheckIn> checkIns) {}

    @GetMapping(ShareGate.PATH + "{link}/days")
    String days(
            @PathVariable String link,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String feels,
            @RequestParam(required = false) String flag,
            Locale locale,
            Model model,
            HttpSession session,
            HttpServletResponse response) {
        Shares.Found found = historyShare(link, response);
        Optional<String> refusal = gate.refusal(found, link, session, response);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        DaysBehind behind = DaysBehind.parse(from, to, site, feels, flag)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Share share = found.share();
        LocalDate today = diary.today(found.owner());
        LocalDate first = behind.firstWithin(share.fromOn(today));
        LocalDate last = behind.lastWithin(share.toOn(today));
        List<SharedDay> days = first.isAfter(last) ? List.of() : days(found, behind, first, last);
        shares.record(found, AccessEvent.Kind.DAYS);
        SharedPages.addTo(model, link, share, "days");
        model.addAttribute("behind", behind);
        model.addAttribute("filtered", !behind.all());
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        model.addAttribute(
                "length", first.isAfter(last) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1);
        model.addAttribute("days", days);
        model.addAttribute("notesShown", share.showsNotes());
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute("ownItemList", ownItems.all(found.owner()));
        return "sharing/shared-days";
    }

    @GetMapping(ShareGate.PATH + "{link}/patterns")
    String patterns(
            @PathVariable String link, Locale locale, Model model, HttpSession session, HttpServletResponse response) {
        Shares.Found found = historyShare(link, response);
        Optional<String> refusal = gate.refusal(found, link, session, response);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        LocalDate today = diary.today(found.owner());
        PeriodInsights period = insights.period(
                found.owner(), found.share().fromOn(today), found.share().toOn(today));
        shares.record(found, AccessEvent.Kind.PATTERNS);
        SharedPages.addTo(model, link, found.share(), "patterns");
        model.addAttribute("p", period);
        // The same rule as on the person's own pages: a red flag not yet checked holds the patterns back.
        model.addAttribute("waitForClinician", period.waitForClinician(redFlagChecks.checked(found.owner())));
        model.addAttribute("mechanisms", Mechanism.values());
        model.addAttribute("labels", new InsightLabels(messages, locale));
        return "sharing/shared-patterns";
    }

    private Shares.Found historyShare(String link, HttpServletResponse response) {
        Shares.Found found = gate.open(link, response);
        if (!found.share().scope().showsHistory()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found;
    }

    /** The days from {@code first} to {@code last} on which a check-in matches, newest first, each day whole. */
    private List<SharedDay> days(Shares.Found found, DaysBehind behind, LocalDate first, LocalDate last) {
        ZoneId zone = accounts.preferences(found.owner()).timeZone();
        boolean notes = found.share().showsNotes();
        Map<LocalDate, List<CheckIn>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (CheckIn checkIn : diary.between(found.owner(), first, last)) {
            byDay.computeIfAbsent(checkIn.details().diaryDay(), d -> new ArrayList<>())
                    .add(checkIn);
        }
        List<SharedDay> days = new ArrayList<>();
        byDay.forEach((day, checkIns) -> {
            if (checkIns.stream().anyMatch(behind.matches())) {
                days.add(new SharedDay(
                        day,
                        checkIns.stream()
                                .sorted(Comparator.comparing(CheckIn::recordedAt))
                                .map(c -> new SharedCheckIn(
                                        TIME.format(c.recordedAt().atZone(zone)),
                                        notes ? c.details() : c.details().withoutNote(),
                                        c.enteredBy()))
                                .toList()));
            }
        });
        return days;
    }
}
