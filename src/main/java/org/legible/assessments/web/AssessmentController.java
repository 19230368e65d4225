package org.legible.assessments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Assessments;
import org.legible.assessments.DueStatus;
import org.legible.assessments.Instrument;
import org.legible.assessments.Prefill;
import org.legible.assessments.PsdBand;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking an assessment: a form drawn from the questionnaire definition, pre-filled from the diary for a new one,
 * saved part-way to resume later or finished (every required item answered), and its result page. A finished
 * assessment is read-only: answers stay as given; taking it again starts a new one.
 */
@Controller
record AssessmentController(Assessments assessments, MessageSource messages) {

    static final String FINISH = "finish";

    /** The items of criteria 1–4, in the order the result lists them. */
    static final List<String> RESTLESS_LEGS_CRITERIA =
            List.of("urge_to_move", "worse_at_rest", "relief_by_movement", "worse_evening_or_night");

    /** The intervals the schedule form offers, in days; 0 is "no reminders". */
    static final List<Integer> INTERVALS = List.of(7, 14, 30, 60, 90, 180, 365, 0);

    /** One instrument on the overview: when it is due, the latest result and any unfinished one. */
    record Card(Instrument instrument, DueStatus due, Assessment latest, Assessment draft) {}

    @GetMapping("/assessments")
    String overview(AccountId account, Model model) {
        return overview(account, model, Map.of(), Map.of());
    }

    /**
     * Reminder intervals, one select per instrument ({@code interval.<code>}); a value that is not a whole number of
     * days from 0 (no reminders) to 366 is refused next to its field.
     */
    @PostMapping("/assessments/schedule")
    String schedule(
            @RequestParam MultiValueMap<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<Instrument, Integer> chosen = new java.util.EnumMap<>(Instrument.class);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Map<String, String> typed = new java.util.HashMap<>();
        for (Instrument instrument : Instrument.values()) {
            String field = "interval." + instrument.code();
            String raw = params.getFirst(field);
            if (raw == null) {
                continue;
            }
            typed.put(instrument.code(), raw);
            Integer days = parseDays(raw);
            if (days == null) {
                errors.put(
                        "interval-" + instrument.code(),
                        messages.getMessage(
                                "assessment.schedule.invalid", new Object[] {DueStatus.MAX_INTERVAL_DAYS}, locale));
            } else {
                chosen.put(instrument, days);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return overview(account, model, errors, typed);
        }
        chosen.forEach((instrument, days) -> assessments.setInterval(account, instrument, days));
        redirect.addFlashAttribute("message", "assessment.schedule.saved");
        return "redirect:/assessments";
    }

    static Integer parseDays(String raw) {
        try {
            int days = Integer.parseInt(raw.strip());
            return days < DueStatus.NO_REMINDER || days > DueStatus.MAX_INTERVAL_DAYS ? null : days;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What is due, as a small fragment the start page loads; empty when nothing is. */
    @GetMapping("/assessments/due")
    String due(AccountId account, Model model) {
        model.addAttribute(
                "due",
                assessments.schedule(account).stream().filter(DueStatus::due).toList());
        return "assessments/due :: due";
    }

    private String overview(AccountId account, Model model, Map<String, String> errors, Map<String, String> typed) {
        List<Card> cards = assessments.schedule(account).stream()
                .map(due -> {
                    List<Assessment> done = assessments.completed(account, due.instrument());
                    return new Card(
                            due.instrument(),
                            due,
                            done.isEmpty() ? null : done.get(done.size() - 1),
                            assessments.draft(account, due.instrument()).orElse(null));
                })
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("outsideScores", assessments.outsideScores(account));
        model.addAttribute("intervals", INTERVALS);
        model.addAttribute("errors", errors);
        model.addAttribute("typedIntervals", typed);
        return "assessments/overview";
    }

    @GetMapping("/assessments/{instrument}/new")
    String newForm(@PathVariable String instrument, AccountId account, Model model, Locale locale) {
        Instrument chosen = instrument(instrument);
        Prefill prefill = assessments.prefill(account, chosen);
        model.addAttribute("draft", assessments.draft(account, chosen).orElse(null));
        return form(chosen, null, prefill.answers(), prefill.answers(), prefill, Map.of(), model, locale);
    }

    @PostMapping("/assessments/{instrument}/new")
    String create(
            @PathVariable String instrument,
            @RequestParam MultiValueMap<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(instrument(instrument), Optional.empty(), params, account, model, locale, response, redirect);
    }

    @GetMapping("/assessments/{instrument}/{id}/edit")
    String edit(
            @PathVariable String instrument, @PathVariable String id, AccountId account, Model model, Locale locale) {
        Assessment assessment = find(account, instrument, id);
        if (assessment.complete()) {
            return "redirect:" + resultUrl(assessment);
        }
        Map<String, String> suggestions = new java.util.LinkedHashMap<>();
        assessment
                .answers()
                .suggested()
                .forEach(code ->
                        suggestions.put(code, assessment.answers().answers().get(code)));
        return form(
                assessment.instrument(),
                assessment.id(),
                assessment.answers().answers(),
                suggestions,
                Prefill.NONE,
                Map.of(),
                model,
                locale);
    }

    @PostMapping("/assessments/{instrument}/{id}/edit")
    String update(
            @PathVariable String instrument,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Assessment assessment = find(account, instrument, id);
        if (assessment.complete()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return save(
                assessment.instrument(),
                Optional.of(assessment.id()),
                params,
                account,
                model,
                locale,
                response,
                redirect);
    }

    private String save(
            Instrument instrument,
            Optional<AssessmentId> id,
            MultiValueMap<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean finish = FINISH.equals(params.getFirst("action"));
        AnswerForm.Parsed parsed = AnswerForm.parse(instrument.definition(), params, finish);
        if (!parsed.problems().isEmpty()) {
            response.setStatus(422);
            return form(
                    instrument,
                    id.orElse(null),
                    parsed.typed(),
                    parsed.suggestions(),
                    Prefill.NONE,
                    parsed.problems(),
                    model,
                    locale);
        }
        AssessmentId saved;
        try {
            saved = assessments.save(account, instrument, id, parsed.sheet(), finish);
        } catch (Assessments.NotEditableException e) {
            // Finished in another tab meanwhile: its answers stay as given.
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (finish) {
            return "redirect:/assessments/" + instrument.code() + "/" + saved;
        }
        redirect.addFlashAttribute("message", "assessment.saved");
        return "redirect:/assessments/" + instrument.code() + "/" + saved + "/edit";
    }

    private String form(
            Instrument instrument,
            AssessmentId id,
            Map<String, String> values,
            Map<String, String> suggestions,
            Prefill prefill,
            Map<String, AnswerForm.Problem> problems,
            Model model,
            Locale locale) {
        model.addAttribute(
                "view", AssessmentFormView.of(instrument, values, suggestions, prefill, problems, messages, locale));
        model.addAttribute("prefill", prefill);
        model.addAttribute(
                "action",
                id == null
                        ? "/assessments/" + instrument.code() + "/new"
                        : "/assessments/" + instrument.code() + "/" + id + "/edit");
        model.addAttribute("assessmentId", id);
        return "assessments/form";
    }

    @GetMapping("/assessments/{instrument}/{id}")
    String result(
            @PathVariable String instrument, @PathVariable String id, AccountId account, Model model, Locale locale) {
        Assessment assessment = find(account, instrument, id);
        if (!assessment.complete()) {
            return "redirect:/assessments/" + assessment.instrument().code() + "/" + assessment.id() + "/edit";
        }
        model.addAttribute("assessment", assessment);
        return switch (assessment.instrument()) {
            case ACR_2016 -> {
                model.addAttribute("result", assessment.acr2016Result());
                model.addAttribute("regions", AcrResultView.regions(assessment.acr2016Result(), assessment.answers()));
                model.addAttribute(
                        "suggestedAreas", AcrResultView.suggestedAreas(assessment.answers(), messages, locale));
                model.addAttribute("bands", List.of(PsdBand.values()));
                yield "assessments/acr-2016-result";
            }
            case RESTLESS_LEGS -> {
                model.addAttribute("result", assessment.restlessLegsResult());
                model.addAttribute("iron", IronView.of(assessment.answers()));
                model.addAttribute("criteria", RESTLESS_LEGS_CRITERIA);
                yield "assessments/restless-legs-result";
            }
        };
    }

    @GetMapping("/assessments/{instrument}/{id}/delete")
    String confirmDelete(@PathVariable String instrument, @PathVariable String id, AccountId account, Model model) {
        model.addAttribute("assessment", find(account, instrument, id));
        return "assessments/delete";
    }

    @PostMapping("/assessments/{instrument}/{id}/delete")
    String delete(
            @PathVariable String instrument, @PathVariable String id, AccountId account, RedirectAttributes redirect) {
        Assessment assessment = find(account, instrument, id);
        assessments.delete(account, assessment.id());
        redirect.addFlashAttribute("message", "assessment.deleted");
        return "redirect:/assessments";
    }

    static String resultUrl(Assessment assessment) {
        return "/assessments/" + assessment.instrument().code() + "/" + assessment.id();
    }

    static Instrument instrument(String code) {
        return Instrument.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The account's assessment of that instrument; anything else (another account's, a bad id) is not found. */
    private Assessment find(AccountId account, String instrument, String id) {
        Instrument chosen = instrument(instrument);
        return AssessmentId.parse(id)
                .flatMap(parsed -> assessments.find(account, parsed))
                .filter(found -> found.instrument() == chosen)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
