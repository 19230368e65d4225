package org.legible.checkup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.MapRegion;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUpId;
import org.legible.checkup.CheckUpResult;
import org.legible.checkup.CheckUps;
import org.legible.checkup.Question;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.diary.RedFlagChecks;
import org.legible.diary.TrackedStrategies;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.patterns.Mechanism;
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
 * The check-up: one form in folding parts, saved part-way to resume ("Save and finish later") or finished, its
 * result, a printable page of questions for a clinician, and the list of past check-ups. Values the form never
 * offers come back next to their question with everything else kept (422); nothing is saved then.
 */
@Controller
record CheckUpController(
        CheckUps checkUps,
        TrackedStrategies trackedStrategies,
        RedFlagChecks redFlagChecks,
        Accounts accounts,
        MessageSource messages) {

    static final String FINISH = "finish";

    /** The form's parts, in order, with the questions each holds (the map and "what you tried" are drawn apart). */
    record Part(String code, List<Question> questions) {}

    static final List<Part> PARTS = List.of(
            new Part("feels", List.of(Question.FEET_FEELS, Question.LEGS_FEELS)),
            new Part(
                    "when",
                    List.of(
                            Question.SINCE,
                            Question.HOW_OFTEN,
                            Question.WORSE_AT,
                            Question.WORSE_ON_FEET,
                            Question.WORSE_AFTER_POOR_NIGHT,
                            Question.WALK_DIFFERENTLY)),
            new Part(
                    "nights",
                    List.of(
                            Question.HARD_TO_FALL_ASLEEP,
                            Question.WOKEN_BY_LEGS,
                            Question.WAKE_UNREFRESHED,
                            Question.URGE_TO_MOVE,
                            Question.URGE_WORSE_AT_REST,
                            Question.URGE_EASED_BY_MOVING,
                            Question.URGE_WORSE_EVENING)),
            new Part("skin", List.of(Question.FEET_COLD, Question.COLOUR_CHANGES)),
            new Part(
                    "joints",
                    List.of(
                            Question.MORNING_STIFFNESS,
                            Question.FIRST_STEP_HEEL_PAIN,
                            Question.JOINTS_LOOK_SWOLLEN,
                            Question.SWOLLEN_WHERE,
                            Question.SWOLLEN_HOW_MANY,
                            Question.JOINT_PAIN_WITH_USE)),
            new Part("conditions", List.of(Question.AGE, Question.CONDITIONS)));

    @GetMapping("/check-up")
    String form(AccountId account, Model model, Locale locale) {
        Optional<CheckUp> draft = checkUps.draft(account);
        model.addAttribute("savedAt", draft.map(CheckUp::updatedAt).orElse(null));
        return form(account, draft.map(CheckUp::answers).orElse(CheckUpAnswers.NONE), Map.of(), model, locale);
    }

    @PostMapping("/check-up")
    String submit(
            @RequestParam MultiValueMap<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CheckUpAnswers.Parsed parsed = CheckUpAnswers.read(params);
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        boolean finish = FINISH.equals(params.getFirst("action"));
        if (finish && parsed.answers().all(Question.WHERE).isEmpty()) {
            errors.putIfAbsent(Question.WHERE.code(), "checkup.error.where");
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("savedAt", null);
            return form(account, parsed.answers(), errors, model, locale);
        }
        if (!finish) {
            checkUps.save(account, parsed.answers());
            redirect.addFlashAttribute("message", "checkup.saved");
            return "redirect:/check-up";
        }
        CheckUpId id = checkUps.finish(account, parsed.answers());
        return "redirect:/check-up/" + id;
    }

    private String form(
            AccountId account, CheckUpAnswers answers, Map<String, String> errorKeys, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("parts", PARTS);
        model.addAttribute("sides", List.of(Side.LEFT, Side.RIGHT));
        model.addAttribute("regions", Region.values());
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("helped", Helped.values());
        model.addAttribute("medicationsLimit", CheckUpAnswers.MEDICATIONS_LIMIT);
        CheckUpLabels labels = labels(account, locale);
        model.addAttribute("labels", labels);
        model.addAttribute("hasPast", !checkUps.finished(account).isEmpty());
        model.addAttribute("qWhere", Question.WHERE);
        model.addAttribute("qRedFlags", Question.RED_FLAGS);
        model.addAttribute("redFlags", RedFlag.values());
        model.addAttribute(
                "mapRegions",
                BodyMapLayout.shapes().stream()
                        .map(shape -> {
                            boolean on = answers.is(Question.WHERE, shape.site().code());
                            return MapRegion.of(shape, labels.site(shape.site()), on, on ? "✓" : "");
                        })
                        .toList());
        model.addAttribute("captions", BodyMapLayout.captions());
        model.addAttribute("mapOutlines", BodyMapLayout.outlines());
        model.addAttribute("openParts", openParts(errors.keySet()));
        return "checkup/form";
    }

    /** The folding parts holding a question with an error, so every error is visible when the page comes back. */
    static java.util.Set<String> openParts(java.util.Set<String> fields) {
        java.util.Set<String> open = new java.util.HashSet<>();
        for (Part part : PARTS) {
            if (part.questions().stream().anyMatch(q -> fields.contains(q.code()))) {
                open.add(part.code());
            }
        }
        if (fields.contains("medications")) {
            open.add("conditions");
        }
        if (fields.stream().anyMatch(f -> f.startsWith("tried."))) {
            open.add("tried");
        }
        return open;
    }

    /**
     * What changed since the check-up before this one. {@code added} and {@code gone} compare both check-ups' answers
     * under today's rules, so they are changes in the person. When the rules changed in between, {@code ruleVersions}
     * names each change and {@code addedByRules}/{@code goneByRules} say what the new rules make of the earlier
     * answers against what that check-up showed at the time.
     */
    record Change(
            CheckUp previous,
            List<Mechanism> added,
            List<Mechanism> gone,
            boolean rulesChanged,
            List<Integer> ruleVersions,
            List<Mechanism> addedByRules,
            List<Mechanism> goneByRules) {}

    @GetMapping("/check-up/{id}")
    String result(@PathVariable String id, AccountId account, Model model, Locale locale) {
        CheckUp checkUp = finishedOrNotFound(account, id);
        CheckUpResult result = checkUp.result();
        model.addAttribute("checkUp", checkUp);
        model.addAttribute("result", result);
        addClinicianCheck(account, checkUp, result, model);
        model.addAttribute("change", change(account, checkUp).orElse(null));
        model.addAttribute("questions", Question.values());
        model.addAttribute(
                "trackedCodes",
                trackedStrategies.tracked(account).stream()
                        .map(t -> t.strategy().code())
                        .toList());
        model.addAttribute("labels", labels(account, locale));
        return "checkup/result";
    }

    /**
     * A red flag that needs care now or today holds back the rest of the result until the person says a clinician has
     * checked it; after that the rest shows, marked as coming after the check.
     */
    private void addClinicianCheck(AccountId account, CheckUp checkUp, CheckUpResult result, Model model) {
        boolean waiting = result.redFlags().waitForClinician(redFlagChecks.checked(account), checkUp.completedAt());
        model.addAttribute("waitForClinician", waiting);
        model.addAttribute("checkedByClinician", !waiting && result.redFlags().stopsOrdinaryAdvice());
    }

    /** The person says a clinician has checked this check-up's red flags, or takes it back. */
    @PostMapping("/check-up/{id}/red-flags-checked")
    String redFlagsChecked(
            @PathVariable String id, @RequestParam(defaultValue = "checked") String action, AccountId account) {
        CheckUp checkUp = finishedOrNotFound(account, id);
        java.util.Set<RedFlag> flags = checkUp.result().redFlags().flags();
        if ("undo".equals(action)) {
            redFlagChecks.unmark(account, flags);
        } else {
            redFlagChecks.markChecked(account, flags);
        }
        return "redirect:/check-up/" + checkUp.id() + "#checkup-red-flags";
    }

    /**
     * Starts or stops tracking a strategy the result suggests, so it comes first in the next check-in. Only a
     * vocabulary strategy can be tracked; anything else is a plain 400 (the page never offers it).
     */
    @PostMapping("/check-up/{id}/track")
    String track(
            @PathVariable String id,
            @RequestParam String strategy,
            @RequestParam(defaultValue = "start") String action,
            AccountId account,
            Locale locale,
            RedirectAttributes redirect) {
        CheckUp checkUp = finishedOrNotFound(account, id);
        Strategy chosen = Coded.fromCode(Strategy.class, strategy)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String name = messages.getMessage("strategy." + chosen.code(), null, locale);
        if ("stop".equals(action)) {
            trackedStrategies.stop(account, chosen);
            redirect.addFlashAttribute(
                    "tracked", messages.getMessage("checkup.untracked", new Object[] {name}, locale));
        } else {
            trackedStrategies.track(account, chosen);
            redirect.addFlashAttribute("tracked", messages.getMessage("checkup.tracked", new Object[] {name}, locale));
        }
        return "redirect:/check-up/" + checkUp.id() + "#try-" + chosen.code();
    }

    @GetMapping("/check-up/{id}/questions")
    String questions(@PathVariable String id, AccountId account, Model model, Locale locale) {
        CheckUp checkUp = finishedOrNotFound(account, id);
        CheckUpResult result = checkUp.result();
        model.addAttribute("checkUp", checkUp);
        model.addAttribute("result", result);
        addClinicianCheck(account, checkUp, result, model);
        model.addAttribute("labels", labels(account, locale));
        return "checkup/questions";
    }

    @GetMapping("/check-ups")
    String history(AccountId account, Model model, Locale locale) {
        model.addAttribute("checkUps", checkUps.finished(account));
        model.addAttribute("draft", checkUps.draft(account).orElse(null));
        model.addAttribute("labels", labels(account, locale));
        return "checkup/history";
    }

    private Optional<Change> change(AccountId account, CheckUp checkUp) {
        List<CheckUp> finished = checkUps.finished(account);
        int index = finished.indexOf(checkUp);
        if (index < 0 || index + 1 >= finished.size()) {
            return Optional.empty();
        }
        CheckUp previous = finished.get(index + 1);
        List<Mechanism> now = checkUp.result().mechanisms();
        List<Mechanism> before = previous.result().mechanisms();
        int from = previous.ruleVersion() == null ? CheckUpResult.RULE_VERSION : previous.ruleVersion();
        List<Integer> versions = java.util.stream.IntStream.rangeClosed(from + 1, CheckUpResult.RULE_VERSION)
                .boxed()
                .toList();
        return Optional.of(new Change(
                previous,
                minus(now, before),
                minus(before, now),
                !versions.isEmpty(),
                versions,
                minus(before, previous.mechanisms()),
                minus(previous.mechanisms(), before)));
    }

    private static List<Mechanism> minus(List<Mechanism> these, List<Mechanism> those) {
        List<Mechanism> left = new ArrayList<>(these);
        left.removeAll(those);
        return left;
    }

    private CheckUp finishedOrNotFound(AccountId account, String id) {
        return CheckUpId.parse(id)
                .flatMap(checkUpId -> checkUps.find(account, checkUpId))
                .filter(CheckUp::finished)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CheckUpLabels labels(AccountId account, Locale locale) {
        return new CheckUpLabels(messages, locale, accounts.preferences(account).timeZone());
    }
}
