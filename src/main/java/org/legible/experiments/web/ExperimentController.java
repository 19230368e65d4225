package org.legible.experiments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.Diary;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.experiments.Experiments;
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
 * stop it early, delete it). A strategy chosen elsewhere, such as a check-up's suggestion, arrives as
 * {@code ?strategy=<code>} and is chosen in the form.
 */
@Controller
class ExperimentController {

    private static final String LIST = "experiments/list";

    private final Experiments experiments;
    private final Diary diary;
    private final MessageSource messages;

    ExperimentController(Experiments experiments, Diary diary, MessageSource messages) {
        this.experiments = experiments;
        this.diary = diary;
        this.messages = messages;
    }

    @GetMapping("/experiments")
    String list(@RequestParam(required = false) String strategy, AccountId account, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("strategy", strategy(strategy).map(Strategy::code).orElse(""));
        form.put("days", "14");
        return show(account, form, Map.of(), model);
    }

    /** The start page's line about the running experiment, if any (an htmx fragment). */
    @GetMapping("/experiments/today")
    String today(AccountId account, Model model) {
        LocalDate today = diary.today(account);
        Optional<Experiment> running = experiments.list(account).stream()
                .filter(e -> e.runningOn(today))
                .findFirst();
        model.addAttribute("running", running.orElse(null));
        running.ifPresent(e ->
                model.addAttribute("day", today.toEpochDay() - e.startedOn().toEpochDay() + 1));
        return "experiments/today :: today";
    }

    @PostMapping("/experiments")
    String start(
            @RequestParam Map<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Strategy> strategy = strategy(params.get("strategy"));
        if (strategy.isEmpty()) {
            errors.put("strategy", messages.getMessage("experiments.error.strategy", null, locale));
        }
        int days = days(params.get("days"));
        if (!Experiment.LENGTHS.contains(days)) {
            errors.put("days", messages.getMessage("experiments.error.days", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                return "redirect:/experiments/"
                        + experiments.start(account, strategy.get(), days).id();
            } catch (Experiments.AlreadyRunning e) {
                errors.put("strategy", messages.getMessage("experiments.error.running", null, locale));
            }
        }
        response.setStatus(422);
        return show(account, params, errors, model);
    }

    @GetMapping("/experiments/{id}")
    String one(@PathVariable String id, AccountId account, Model model, Locale locale) {
        Experiment experiment = experiments.find(account, id).orElseThrow(ExperimentController::notFound);
        LocalDate today = diary.today(account);
        model.addAttribute("experiment", experiment);
        model.addAttribute("outcome", experiments.outcome(account, experiment));
        model.addAttribute("running", experiment.runningOn(today));
        model.addAttribute("lastDay", experiment.lastDaySoFar(today));
        model.addAttribute("labels", new InsightLabels(messages, locale));
        return "experiments/one";
    }

    @PostMapping("/experiments/{id}/stop")
    String stop(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        if (!experiments.stop(account, id)) {
            throw notFound();
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

    private String show(AccountId account, Map<String, String> form, Map<String, String> errors, Model model) {
        LocalDate today = diary.today(account);
        List<Experiment> all = experiments.list(account);
        model.addAttribute(
                "running",
                all.stream().filter(e -> e.runningOn(today)).findFirst().orElse(null));
        model.addAttribute("past", all.stream().filter(e -> !e.runningOn(today)).toList());
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("lengths", Experiment.LENGTHS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return LIST;
    }

    private static Optional<Strategy> strategy(String code) {
        return code == null ? Optional.empty() : Coded.fromCode(Strategy.class, code.strip());
    }

    private static int days(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
