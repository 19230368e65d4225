package org.legible.assessments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.assessments.Assessments;
import org.legible.assessments.OutsideScore;
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
class OutsideScoreController {

    record ScoreForm(String kind, String name, String measuredOn, String score) {}

    private final Assessments assessments;
    private final Diary diary;
    private final MessageSource messages;

    OutsideScoreController(Assessments assessments, Diary diary, MessageSource messages) {
        this.assessments = assessments;
        this.diary = diary;
        this.messages = messages;
    }

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
        Map<String, String> errors = new LinkedHashMap<>();
        OutsideScore.Kind kind = "other".equals(form.kind()) ? OutsideScore.Kind.OTHER : OutsideScore.Kind.FIQR;
        if (!"fiqr".equals(form.kind()) && !"other".equals(form.kind())) {
            errors.put("kind", message("assessment.score.kind.missing", locale));
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (kind == OutsideScore.Kind.OTHER && name.isEmpty()) {
            errors.put("name", message("assessment.score.name.missing", locale));
        } else if (name.length() > OutsideScore.NAME_CHARACTERS) {
            errors.put(
                    "name",
                    messages.getMessage(
                            "assessment.score.name.tooLong", new Object[] {OutsideScore.NAME_CHARACTERS}, locale));
        }
        LocalDate measuredOn = null;
        try {
            measuredOn = LocalDate.parse(
                    form.measuredOn() == null ? "" : form.measuredOn().strip());
            if (measuredOn.isAfter(today)) {
                errors.put("measuredOn", message("assessment.score.date.future", locale));
            } else if (measuredOn.getYear() < 1900) {
                errors.put("measuredOn", message("assessment.score.date.invalid", locale));
            }
        } catch (DateTimeParseException e) {
            errors.put("measuredOn", message("assessment.score.date.invalid", locale));
        }
        BigDecimal score = parseScore(form.score());
        BigDecimal max = kind == OutsideScore.Kind.FIQR ? OutsideScore.FIQR_MAX : OutsideScore.OTHER_MAX;
        BigDecimal min = kind == OutsideScore.Kind.FIQR ? BigDecimal.ZERO : OutsideScore.OTHER_MAX.negate();
        if (score == null || score.compareTo(min) < 0 || score.compareTo(max) > 0) {
            errors.put(
                    "score",
                    kind == OutsideScore.Kind.FIQR
                            ? message("assessment.score.value.fiqr", locale)
                            : message("assessment.score.value.invalid", locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return render(model, form, errors, today);
        }
        assessments.recordOutsideScore(account, new OutsideScore(null, kind, name, measuredOn, score));
        redirect.addFlashAttribute("message", "assessment.score.saved");
        return "redirect:/assessments";
    }

    /** A number with at most two decimals; a comma is accepted as the decimal mark. */
    static BigDecimal parseScore(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 14) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            return value.scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
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
