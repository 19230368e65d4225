package org.legible.diary.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInRules;
import org.legible.diary.Diary;
import org.legible.diary.PeriodStarts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The menstrual cycle, for those who turn it on (issue 29): marking the day a period started (today unless another
 * day is chosen), the days marked with the days between them, and taking one back. Only the person: no carer sees or
 * marks it. Turned off, the page offers to turn it on and nothing else; the days marked stay.
 */
@Controller
record CycleController(PeriodStarts periodStarts, Accounts accounts, Diary diary, MessageSource messages) {

    /** Longer than any way of writing a day: not kept for the field (the rules would refuse it anyway). */
    private static final int MAX_KEPT_DAY = 40;

    /** A marked day and, for all but the first, the days since the start before it: that cycle's length. */
    record MarkedStart(LocalDate day, Long daysSincePrevious) {}

    /** The day field holds today, or the day sent while following was off (kept through turning it on). */
    @GetMapping("/cycle")
    String page(@RequestParam(required = false) String day, AccountId account, Model model, Locale locale) {
        String shown = day == null || day.isBlank() || day.length() > MAX_KEPT_DAY
                ? diary.today(account).toString()
                : day;
        return page(account, shown, new FieldProblems(), model, locale);
    }

    @PostMapping("/cycle")
    String mark(
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String back,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!accounts.preferences(account).tracksCycle()) {
            // Turned off since the page was drawn (another tab, the account page): say so, and keep the day.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("notMarkedWhileOff", day == null ? "" : day.strip());
            return page(account, day, new FieldProblems(), model, locale);
        }
        Optional<CheckInRules.Problem> problem = periodStarts.mark(account, day);
        if (problem.isPresent()) {
            FieldProblems problems = new FieldProblems();
            problems.add("day", problem.get().messageKey(), problem.get().args());
            response.setStatus(422);
            return page(account, day, problems, model, locale);
        }
        if ("today".equals(back)) {
            // From Today's one tap: back there, where the mark now shows.
            return "redirect:/";
        }
        redirect.addFlashAttribute("justMarked", LocalDate.parse(day.strip()));
        return "redirect:/cycle";
    }

    @PostMapping("/cycle/remove")
    String remove(@RequestParam(required = false) String day, AccountId account, RedirectAttributes redirect) {
        LocalDate marked;
        try {
            marked = LocalDate.parse(day == null ? "" : day);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!periodStarts.unmark(account, marked)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("justRemoved", marked);
        return "redirect:/cycle";
    }

    /** Turns following the cycle on or off, as the account page's tick does. */
    @PostMapping("/cycle/following")
    String follow(
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String day,
            AccountId account,
            RedirectAttributes redirect) {
        boolean following = "true".equals(on);
        accounts.updatePreferences(account, accounts.preferences(account).withCycle(following));
        if (following && day != null && !day.isBlank() && day.length() <= MAX_KEPT_DAY) {
            redirect.addAttribute("day", day.strip());
        }
        return "redirect:/cycle";
    }

    private String page(AccountId account, String day, FieldProblems problems, Model model, Locale locale) {
        List<LocalDate> starts = periodStarts.all(account);
        List<MarkedStart> marked = new ArrayList<>();
        for (int i = starts.size() - 1; i >= 0; i--) {
            Long since = i == 0 ? null : ChronoUnit.DAYS.between(starts.get(i - 1), starts.get(i));
            marked.add(new MarkedStart(starts.get(i), since));
        }
        model.addAttribute("following", accounts.preferences(account).tracksCycle());
        model.addAttribute("marked", marked);
        model.addAttribute("day", day);
        model.addAttribute("today", diary.today(account));
        model.addAttribute("minCycles", PeriodStarts.WHOLE_CYCLES_NEEDED);
        model.addAttribute("errors", problems.messages(messages, locale));
        model.addAttribute("labels", new DiaryLabels(messages, locale, java.time.ZoneOffset.UTC));
        return "diary/cycle";
    }
}
