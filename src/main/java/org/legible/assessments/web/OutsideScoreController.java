package org.legible.assessments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.assessments.Assessments;
import org.legible.assessments.OutsideScore;
import org.legible.assessments.OutsideScoreRules;
import org.legible.diary.Diary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scores measured elsewhere: the FIQR total (0–100) or another instrument by name, with the day it was measured.
 * Only the number is kept; the questions of licensed instruments never appear (docs/clinical-basis.md, "Scores measured elsewhere").
 */
@Controller
record OutsideScoreController(Assessments assessments, Diary diary, MessageSource messages) {

    record ScoreForm(String kind, String name, String measuredOn, String score) {}

    @GetMapping("/assessments/scores/new")
    String form(AccountId account, Model model) {
        return render(
                model, new ScoreForm("fiqr", "", diary.today(account).toString(), ""), Map.of(), diary.today(account));
    }

    private String render(Model model, ScoreForm form, Map<String, String> errors, LocalDate today) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today);
        return "assessments/score-form";
    }

    @PostMapping("/assessments/scores")
    String record(
            AccountId account,
            @ModelAttribute ScoreForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate today = diary.today(account);
        OutsideScoreRules.Checked checked =
                OutsideScoreRules.check(form.kind(), form.name(), form.measuredOn(), form.score(), today);
        if (!checked.valid()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.problems()
                    .forEach((field, problem) ->
                            errors.put(field, messages.getMessage(problem.messageKey(), problem.args(), locale)));
            response.setStatus(422);
            return render(model, form, errors, today);
        }
        assessments.recordOutsideScore(account, checked.score());
        redirect.addFlashAttribute("message", "assessment.score.saved");
        return "redirect:/assessments";
    }

    @GetMapping("/assessments/scores/{id}/delete")
    String confirmDelete(@PathVariable String id, AccountId account, Model model) {
        model.addAttribute("score", find(account, id));
        return "assessments/delete-score";
    }

    @PostMapping("/assessments/scores/{id}/delete")
    String delete(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        if (!assessments.deleteOutsideScore(account, find(account, id).id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "assessment.score.deleted");
        return "redirect:/assessments";
    }

    private OutsideScore find(AccountId account, String id) {
        return assessments.outsideScores(account).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
