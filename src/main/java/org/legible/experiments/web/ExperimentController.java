package org.legible.experiments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiment.Design;
import org.legible.experiments.ExperimentNames;
import org.legible.experiments.ExperimentRules;
import org.legible.experiments.Experiments;
import org.legible.insights.BlockSchedule;
import org.legible.insights.DetectableChange;
import org.legible.insights.InsightLabels;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The experiments page (start one, see the running one and the past ones) and one experiment's page (how it went,
 * stop it early, delete it); day by day, ExperimentDayController. A strategy chosen elsewhere, such as a check-up's suggestion, arrives as
 * {@code ?strategy=<code>} and is chosen in the form.
 */
@Controller
record ExperimentController(Experiments experiments, Diary diary, MessageSource messages) {

    private static final String LIST = "experiments/list";

    @GetMapping("/experiments")
    String list(@RequestParam(required = false) String strategy, AccountId account, Model model, Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("design", Design.ON_AND_OFF.code());
        form.put("strategy", strategy(strategy).map(Strategy::code).orElse(""));
        form.put("against", "");
        form.put("startOn", diary.today(account).toString());
        form.put("days", "14");
        form.put("blockDays", "7");
        form.put("pairs", "2");
        form.put("washoutDays", "0");
        form.put("wayA", "");
        form.put("wayB", "");
        return show(account, form, Map.of(), model, locale);
    }

    /** Starts one, or with {@code preview} says what the plan could show and starts nothing. */
    @PostMapping("/experiments")
    String start(
            @RequestParam Map<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Map<String, String> form = new LinkedHashMap<>(params);
        form.remove("_csrf");
        ExperimentRules.Checked checked = ExperimentRules.check(draft(form), diary.today(account));
        Map<String, String> errors = new LinkedHashMap<>();
        checked.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.args(), locale)));
        if (checked.valid() && params.containsKey("preview")) {
            model.addAttribute("previewed", true);
            return show(account, form, errors, model, locale);
        }
        if (checked.valid()) {
            try {
                return "redirect:/experiments/"
                        + experiments.start(account, checked.plan()).id();
            } catch (Experiments.AlreadyRunning e) {
                errors.put("strategy", messages.getMessage("experiments.error.running", null, locale));
            }
        }
        response.setStatus(422);
        return show(account, form, errors, model, locale);
    }

    @GetMapping("/experiments/{id}")
    String one(@PathVariable String id, AccountId account, Model model, Locale locale) {
        Experiment experiment = experiments.find(account, id).orElseThrow(ExperimentController::notFound);
        LocalDate today = diary.today(account);
        model.addAttribute("experiment", experiment);
        model.addAttribute("running", experiment.runningOn(today));
        model.addAttribute("lastDay", experiment.lastDaySoFar(today));
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute("names", new ExperimentNames(messages, locale));
        model.addAttribute("today", Today.of(experiment, today));
        model.addAttribute("said", ExperimentDayController.said(experiments, account, experiment, today));
        if (experiment.blocks() != null) {
            model.addAttribute("result", experiments.blockOutcome(account, experiment));
            model.addAttribute("blocks", BlockRow.begun(experiment, today));
            return "experiments/blocks";
        }
        model.addAttribute("outcome", experiments.outcome(account, experiment));
        return "experiments/one";
    }

    @PostMapping("/experiments/{id}/stop")
    String stop(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        if (!experiments.stop(account, id)) {
            throw notFound();
        }
        if (experiments.find(account, id).isEmpty()) {
            redirect.addFlashAttribute("cancelled", true);
            return "redirect:/experiments";
        }
        redirect.addFlashAttribute("stopped", true);
        return "redirect:/experiments/" + id;
    }

    @PostMapping("/experiments/{id}/delete")
    String delete(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        if (!experiments.delete(account, id)) {
            throw notFound();
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/experiments";
    }

    private String show(
            AccountId account, Map<String, String> form, Map<String, String> errors, Model model, Locale locale) {
        LocalDate today = diary.today(account);
        List<Experiment> all = experiments.list(account);
        Experiment running =
                all.stream().filter(e -> e.runningOn(today)).findFirst().orElse(null);
        model.addAttribute("running", running);
        model.addAttribute("planned", running != null && running.startsAfter(today));
        model.addAttribute("past", all.stream().filter(e -> !e.runningOn(today)).toList());
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("designs", List.of(Design.ON_AND_OFF, Design.A_AGAINST_B, Design.BEFORE_AND_AFTER));
        model.addAttribute("lengths", Experiment.LENGTHS);
        model.addAttribute(
                "blockLengths",
                IntStream.rangeClosed(BlockSchedule.MIN_BLOCK_DAYS, BlockSchedule.MAX_BLOCK_DAYS)
                        .boxed()
                        .toList());
        model.addAttribute(
                "pairChoices",
                IntStream.rangeClosed(BlockSchedule.MIN_PAIRS, BlockSchedule.MAX_PAIRS)
                        .boxed()
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today.toString());
        model.addAttribute(
                "latestStart", today.plusDays(ExperimentRules.MAX_DAYS_AHEAD).toString());
        model.addAttribute("labels", new InsightLabels(messages, locale));
        model.addAttribute("names", new ExperimentNames(messages, locale));
        // What the plan on the form could show: the one typed once it is valid, else the usual blocks.
        ExperimentRules.Checked checked = ExperimentRules.check(draft(form), today);
        ExperimentRules.Plan plan = checked.valid() && checked.plan().design() != Design.BEFORE_AND_AFTER
                ? checked.plan()
                : new ExperimentRules.Plan(Design.ON_AND_OFF, Strategy.HEAT, null, today, 28, 7, 2, 0, null, null);
        model.addAttribute("plan", plan);
        model.addAttribute("detectable", experiments.detectable(account, plan).orElse(null));
        model.addAttribute("recentDays", DetectableChange.MIN_RECENT_DAYS);
        return LIST;
    }

    private static ExperimentRules.Draft draft(Map<String, String> form) {
        return new ExperimentRules.Draft(
                form.get("design"),
                form.get("strategy"),
                form.get("against"),
                form.get("startOn"),
                form.get("days"),
                form.get("blockDays"),
                form.get("pairs"),
                form.get("washoutDays"),
                form.get("wayA"),
                form.get("wayB"));
    }

    private static Optional<Strategy> strategy(String code) {
        return code == null ? Optional.empty() : Coded.fromCode(Strategy.class, code.strip());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
