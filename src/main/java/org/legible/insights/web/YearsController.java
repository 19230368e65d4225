package org.legible.insights.web;

import java.util.Locale;
import org.legible.accounts.AccountId;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.ForCarers;
import org.legible.insights.InsightLabels;
import org.legible.insights.Insights;
import org.legible.insights.YearsOverview;
import org.legible.insights.charts.TrendChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every month since the first check-in on one page (issue 30 §4): a chart of the months and a table of the years, each
 * opening the patterns page for its own days, since a period there is at most two years.
 */
@Controller
record YearsController(Insights insights, MessageSource messages) {

    @ForCarers(CarerGrant.READ)
    @GetMapping("/insights/years")
    String years(AccountId account, Locale locale, Model model) {
        YearsOverview overview = insights.years(account);
        model.addAttribute("y", overview);
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute("chart", TrendChart.byMonth(overview, TrendChart.WIDTH));
        model.addAttribute("chartNarrow", TrendChart.byMonth(overview, TrendChart.NARROW));
        return "insights/years";
    }
}
