package org.legible.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.insights.HeatMapPicture;
import org.legible.insights.InsightLabels;
import org.legible.insights.Insights;
import org.legible.insights.PeriodChoice;
import org.legible.insights.PeriodInsights;
import org.legible.insights.StrategyEffects;
import org.legible.insights.TrendChart;
import org.legible.insights.patterns.Mechanism;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The insights overview for a chosen period: red flags first, then pain with sleep, tiredness and the
 * restless-legs urge over time, where it hurt against the period before, flares, and what seems to help. A period
 * typed wrong comes back (422) with the message next to its field and what was typed kept.
 */
@Controller
class OverviewController {

    static final List<Integer> QUICK_PERIODS = List.of(7, 30, 90);
    static final int DEFAULT_DAYS = 30;

    private final Insights insights;
    private final Diary diary;
    private final MessageSource messages;

    OverviewController(Insights insights, Diary diary, MessageSource messages) {
        this.insights = insights;
        this.diary = diary;
        this.messages = messages;
    }

    @GetMapping("/insights")
    String overview(
            AccountId account,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model,
            HttpServletResponse response) {
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
        model.addAttribute("quickPeriods", QUICK_PERIODS);
        model.addAttribute("today", today.toString());
        model.addAttribute("from", custom ? from : period.from().toString());
        model.addAttribute("to", custom ? to : period.to().toString());
        model.addAttribute("days", custom ? null : period.length());
        model.addAttribute("errors", errors);
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
        model.addAttribute("trend", TrendChart.withFatigueAndUrge(insight, locale));
        model.addAttribute("heatMap", HeatMapPicture.of(insight.sites()));
        model.addAttribute("previousHeatMap", HeatMapPicture.of(insight.previousSites()));
        return "insights/overview";
    }
}
