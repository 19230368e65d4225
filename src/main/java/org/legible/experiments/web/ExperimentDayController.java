package org.legible.experiments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Actor;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.ForCarers;
import org.legible.diary.Diary;
import org.legible.experiments.Experiment;
import org.legible.experiments.ExperimentNames;
import org.legible.experiments.Experiments;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The running experiment day by day: its line on the start page and in the check-in (htmx fragments loaded after
 * them, so the diary knows nothing of experiments), and for two ways of one strategy the answer to "did you follow
 * today's block?".
 */
@Controller
record ExperimentDayController(Experiments experiments, Diary diary, MessageSource messages) {

    private static final String FOLLOWED = "experiments/today :: followed(type='button')";

    /** The start page's line about the running experiment and today's block, if any. */
    @GetMapping("/experiments/today")
    String today(AccountId account, Model model, Locale locale) {
        return fragment(account, model, locale, "experiments/today :: today");
    }

    /**
     * The same line inside the check-in, beside the things done, so following the plan is recorded there. A carer
     * who records check-ins gets nothing: the person's experiments are theirs (CarersTest).
     */
    @ForCarers(CarerGrant.RECORD)
    @GetMapping("/experiments/check-in")
    String checkIn(AccountId account, Actor actor, Model model, Locale locale) {
        if (actor.carer() != null) {
            model.addAttribute("running", null);
            return "experiments/today :: checkIn";
        }
        return fragment(account, model, locale, "experiments/today :: checkIn");
    }

    /**
     * What the person says of today's block of an experiment of two ways: followed or not. From the check-in (htmx)
     * the question comes back answered; from the experiment's page's own form, the page.
     */
    @PostMapping("/experiments/{id}/followed")
    String followed(
            @PathVariable String id,
            @RequestParam(required = false) String answer,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Experiment experiment =
                experiments.find(account, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = diary.today(account);
        Today place = Today.of(experiment, today);
        if (!place.inBlock()
                || !place.asksFollowed()
                || experiment.lastDaySoFar(today).isBefore(today)) {
            // Nothing to answer today: not begun, over, or an experiment whose ticks tell.
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        boolean kept = ("yes".equals(answer) || "no".equals(answer))
                && experiments.answer(account, id, today, "yes".equals(answer));
        if (htmx == null) {
            // The page's form sends only yes or no; anything else was not sent from it.
            redirect.addFlashAttribute("refused", !kept);
            return "redirect:/experiments/" + id;
        }
        if (!kept) {
            response.setStatus(422);
            model.addAttribute("refused", true);
        }
        model.addAttribute("names", new ExperimentNames(messages, locale));
        model.addAttribute("today", place);
        model.addAttribute("said", said(experiments, account, experiment, today));
        return FOLLOWED;
    }

    /** What was said of the day, or null (nothing said yet, or an experiment that asks nothing). */
    static Boolean said(Experiments experiments, AccountId account, Experiment experiment, LocalDate day) {
        boolean asks = experiment.blocks() != null && experiment.blocks().asksFollowed();
        return asks ? experiments.answers(account, experiment.id()).get(day) : null;
    }

    private String fragment(AccountId account, Model model, Locale locale, String fragment) {
        LocalDate today = diary.today(account);
        Optional<Experiment> running = experiments.list(account).stream()
                .filter(e -> e.runningOn(today))
                .findFirst();
        model.addAttribute("running", running.orElse(null));
        model.addAttribute("today", Today.of(running.orElse(null), today));
        model.addAttribute(
                "said", running.map(e -> said(experiments, account, e, today)).orElse(null));
        model.addAttribute("names", new ExperimentNames(messages, locale));
        return fragment;
    }
}
