package org.legible.assessments.web;

import java.time.LocalDate;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.assessments.Assessments;
import org.legible.diary.Diary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The neuropathic descriptor profile over the last 7, 30 or 90 diary days. */
@Controller
record ProfileController(Assessments assessments, Diary diary) {

    static final List<Integer> PERIODS = List.of(7, 30, 90);
    static final int DEFAULT_PERIOD = 30;

    @GetMapping("/assessments/neuropathic-profile")
    String profile(@RequestParam(defaultValue = "30") String days, AccountId account, Model model) {
        int period = period(days);
        LocalDate to = diary.today(account);
        LocalDate from = to.minusDays(period - 1L);
        model.addAttribute("profile", assessments.neuropathicProfile(account, from, to));
        model.addAttribute("period", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "assessments/neuropathic-profile";
    }

    /** Any period other than those offered shows the default rather than an error. */
    static int period(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            return PERIODS.contains(days) ? days : DEFAULT_PERIOD;
        } catch (NumberFormatException e) {
            return DEFAULT_PERIOD;
        }
    }
}
