package org.legible.insights.web;

import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckInRules;
import org.legible.diary.EffectWindows;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes when a strategy's effect is counted on "What seems to help" (issue 29), or puts it back to its kind's
 * default, and shows the same days again. Only the person: a carer who reads is refused like any other change.
 */
@Controller
record EffectWindowController(EffectWindows effectWindows) {

    @PostMapping("/insights/effect-window")
    String choose(
            AccountId account,
            @RequestParam(required = false) String strategy,
            @RequestParam(required = false) String startsAfter,
            @RequestParam(required = false) String lasts,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            RedirectAttributes redirect) {
        if ("reset".equals(action) && EffectWindows.isKey(strategy)) {
            effectWindows.reset(account, strategy);
            redirect.addFlashAttribute("windowSaved", true);
        } else {
            Optional<CheckInRules.Problem> problem = effectWindows.choose(account, strategy, startsAfter, lasts);
            // Only an edited request can send another value: say so above the choices, change nothing.
            problem.ifPresentOrElse(
                    p -> redirect.addFlashAttribute("windowRefused", p.messageKey()),
                    () -> redirect.addFlashAttribute("windowSaved", true));
        }
        return "redirect:" + OverviewController.address(InsightPart.HELPS, days, from, to) + "#effect-windows";
    }
}
