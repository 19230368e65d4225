package org.legible.diary.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Actor;
import org.legible.accounts.CarerGrant;
import org.legible.accounts.ForCarers;
import org.legible.accounts.Preferences;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.MapPicture;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInId;
import org.legible.diary.Diary;
import org.legible.diary.DiaryDays;
import org.legible.diary.Limits;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItems;
import org.legible.diary.TrackedStrategies;
import org.legible.diary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording and correcting check-ins. Invalid input comes back on the same page (422) with every value kept and
 * each problem next to its field; another account's check-in, or a malformed id, is simply not found (404).
 */
@Controller
record CheckInController(
        Diary diary,
        TrackedStrategies trackedStrategies,
        OwnItems ownItems,
        Accounts accounts,
        MessageSource messages,
        Clock clock,
        BlankCheckInSections blankSections) {

    private static final List<String> SCALE =
            IntStream.rangeClosed(0, 10).mapToObj(Integer::toString).toList();

    /** Which optional parts the check-in offers ({@link OptionalQuestions}), for the template. */
    private static final String ASKS = "asks";

    private static final List<String> OWN_ITEM_KINDS = java.util.Arrays.stream(OwnItem.Kind.values())
            .map(OwnItem.Kind::code)
            .toList();

    /** Binding grows row lists only up to the guard's cap; anything beyond is refused before binding. */
    @InitBinder("form")
    void bounds(WebDataBinder binder, WebRequest request) {
        binder.setAutoGrowCollectionLimit(RowIndexGuard.MAX_ROW_INDEX + 1);
        RowIndexGuard.check(request.getParameterNames());
    }

    @ForCarers(CarerGrant.RECORD)
    @GetMapping("/check-ins/new")
    String newCheckIn(
            @RequestParam(required = false) String copy,
            AccountId account,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        // A carer may be allowed to record but not to read: they never get a copy of the last check-in.
        Optional<CheckIn> latest = "last".equals(copy) && !actor.helping() ? diary.latest(account) : Optional.empty();
        model.addAttribute("hasCheckIns", latest.isPresent() || diary.hasCheckIns(account));
        model.addAttribute("submissionKey", UUID.randomUUID());
        String page = newForm(account, latest, model, locale);
        if (copy == null) {
            // Nothing filled in yet: the page sends the map, overall pain and red flags, the rest once it is shown
            // (deferredSections); most of it is the same markup for everyone (BlankCheckInSections).
            keptBlank(model, locale, request, response);
        }
        return page;
    }

    /**
     * The folded sections a blank check-in's page leaves out (diary/check-in-sections :: deferred), which its script
     * asks for once the page is shown. They hold no one's answers, only which strategies the person tracks.
     */
    @ForCarers(CarerGrant.RECORD)
    @GetMapping("/check-ins/new/sections")
    String deferredSections(
            AccountId account, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        newForm(account, Optional.empty(), model, locale);
        keptBlank(model, locale, request, response);
        return "diary/check-in-sections :: deferred";
    }

    /** A new check-in's form, empty or filled in from {@code latest}, for today at the person's time of day. */
    private String newForm(AccountId account, Optional<CheckIn> latest, Model model, Locale locale) {
        // One read of the preferences gives today, the time of day and the labels' zone (it was three queries).
        Preferences preferences = accounts.preferences(account);
        Instant now = clock.instant();
        LocalDate today = DiaryDays.dayOf(now, preferences);
        String timeOfDay = DiaryDays.timeOfDayAt(now, preferences).code();
        CheckInForm form = CheckInForm.empty().asNewCheckIn(today.toString(), timeOfDay);
        if (latest.isPresent()) {
            // What is no longer tracked is not asked again, even when the last check-in answered it.
            Set<String> tracking = new java.util.HashSet<>();
            ownItems.active(account).forEach(i -> tracking.add(i.id()));
            form = CheckInFormMapper.toForm(latest.get().details())
                    .asNewCheckIn(today.toString(), timeOfDay)
                    .withRowsOnlyFor(tracking);
            model.addAttribute("copiedFrom", latest.get());
        }
        model.addAttribute("labels", new DiaryLabels(messages, locale, preferences.timeZone()));
        model.addAttribute(ASKS, optionalQuestions(account, preferences, now, today));
        return renderForm(account, form, new FieldProblems(), model, locale, "/check-ins", today, false);
    }

    private void keptBlank(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        OptionalQuestions asks = (OptionalQuestions) model.getAttribute(ASKS);
        model.addAttribute("deferred", ((OpenSections) model.getAttribute("openSections")).deferred(asks));
        CheckInFormView view = (CheckInFormView) model.getAttribute("view");
        model.addAttribute(
                "blank",
                blankSections.forUntouchedForm(
                        locale, view.trackedStrategies(), asks, model.asMap(), request, response));
    }

    /**
     * Mood and stress as the person chose; how much pain got in the way, and in the morning how long stiffness
     * lasted, each until the day holds an answer (one read of the day's check-ins serves both).
     */
    private OptionalQuestions optionalQuestions(
            AccountId account, Preferences preferences, Instant now, LocalDate today) {
        List<CheckIn> day = diary.between(account, today, today);
        boolean morning = DiaryDays.timeOfDayAt(now, preferences) == Vocabulary.TimeOfDay.MORNING;
        return new OptionalQuestions(
                preferences.asksMoodAndStress(),
                day.stream().noneMatch(c -> c.details().interference() != null),
                morning && day.stream().noneMatch(c -> c.details().morningStiffnessMinutes() != null));
    }

    /**
     * Records a new check-in. The form carries a key made when it was drawn, so a second send of the same form (a
     * double tap, a retry after a lost connection) records nothing and opens what the first one saved; a form without
     * one (an older page) is recorded as it comes.
     */
    @ForCarers(CarerGrant.RECORD)
    @PostMapping("/check-ins")
    String record(
            @ModelAttribute("form") CheckInForm form,
            @ModelAttribute("newItem") NewItemForm newItem,
            @RequestParam(required = false) String addItem,
            @RequestParam(required = false) String addMedication,
            @RequestParam(required = false) String showDetails,
            @RequestParam(required = false) String open,
            @RequestParam(required = false) String idempotencyKey,
            AccountId account,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<UUID> key = SubmissionKey.parse(idempotencyKey);
        if (idempotencyKey != null && key.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        key.ifPresent(k -> model.addAttribute("submissionKey", k));
        LocalDate today = diary.today(account);
        if (addItem != null) {
            return addOwnItem(account, actor, addItem, form, newItem, model, locale, response, "/check-ins", today);
        }
        if (addMedication != null || showDetails != null || open != null) {
            // "Show these questions" on a blank page without script: everything typed comes back, that section open.
            String page = renderForm(
                    account, form, new FieldProblems(), model, locale, "/check-ins", today, addMedication != null);
            model.addAttribute("openSections", ((OpenSections) model.getAttribute("openSections")).with(open));
            return page;
        }
        CheckInFormMapper.Result result = CheckInFormMapper.parse(form, today, ownItems.all(account));
        if (!result.valid()) {
            response.setStatus(422);
            return renderForm(account, form, result.problems(), model, locale, "/check-ins", today, false);
        }
        try {
            if (key.isEmpty()) {
                CheckInId id = diary.record(account, result.details(), actor.carer());
                redirect.addFlashAttribute("saved", id.value());
                return afterSaving(id, result.details(), actor);
            }
            Diary.Submission submission = submitOnce(account, result.details(), key.get(), actor);
            if (submission.repeated()) {
                return submission
                        .id()
                        .map(id -> "redirect:/check-ins/" + id.value())
                        .orElse("redirect:/history");
            }
            CheckInId id = submission.id().orElseThrow();
            redirect.addFlashAttribute("saved", id.value());
            return afterSaving(id, result.details(), actor);
        } catch (Diary.FutureDayException e) {
            // The day turned over between the check and the save: tell the person, keep everything.
            response.setStatus(422);
            FieldProblems problems = new FieldProblems();
            problems.add("diaryDay", "checkIn.diaryDay.future");
            return renderForm(account, form, problems, model, locale, "/check-ins", today, false);
        }
    }

    /**
     * "Add something to track" inside the check-in: first its fields are shown ({@code addItem} "show"), then ("add")
     * the item is added and the check-in comes back with everything typed and a row for it; a refused item comes back
     * the same way (422) with its problems by its fields. A carer records answers but does not add to someone's list.
     */
    private String addOwnItem(
            AccountId account,
            Actor actor,
            String addItem,
            CheckInForm form,
            NewItemForm newItem,
            Model model,
            Locale locale,
            HttpServletResponse response,
            String action,
            LocalDate today) {
        if (actor.helping()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!"add".equals(addItem)) {
            model.addAttribute("addingItem", true);
            return renderForm(account, form, new FieldProblems(), model, locale, action, today, false);
        }
        OwnItems.Added added = ownItems.add(account, newItem.draft());
        FieldProblems problems = new FieldProblems();
        added.problems().forEach((field, p) -> problems.add(NewItemForm.input(field), p.messageKey(), p.args()));
        if (added.item() == null) {
            response.setStatus(422);
        } else {
            model.addAttribute("newItem", NewItemForm.EMPTY);
            model.addAttribute("itemAdded", added.item().name());
        }
        model.addAttribute("addingItem", added.item() == null);
        return renderForm(account, form, problems, model, locale, action, today, false);
    }

    /** Two sends of one form at the same moment: the loser finds what the winner recorded. */
    private Diary.Submission submitOnce(AccountId account, CheckInDetails details, UUID key, Actor actor) {
        try {
            return diary.submit(account, details, clock.instant(), key, actor.carer());
        } catch (DuplicateKeyException e) {
            return diary.submit(account, details, clock.instant(), key, actor.carer());
        }
    }

    @ForCarers(CarerGrant.READ)
    @GetMapping("/check-ins/{id}")
    String show(@PathVariable String id, AccountId account, Model model, Locale locale) {
        CheckIn checkIn = find(account, id);
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("versions", diary.earlierVersions(account, checkIn.id()));
        model.addAttribute("ownItemList", ownItems.all(account));
        DiaryLabels labels = labels(account, locale);
        model.addAttribute("labels", labels);
        if (!checkIn.details().sites().isEmpty()) {
            Map<BodySite, Integer> intensities = new HashMap<>();
            checkIn.details().sites().forEach(s -> intensities.put(s.site(), s.intensity()));
            model.addAttribute("sitesPicture", MapPicture.of(intensities, labels::site));
            model.addAttribute("mapCaptions", BodyMapLayout.captions());
            model.addAttribute("mapOutlines", BodyMapLayout.outlines());
        }
        return "diary/check-in";
    }

    @GetMapping("/check-ins/{id}/edit")
    String edit(@PathVariable String id, AccountId account, Model model, Locale locale) {
        CheckIn checkIn = find(account, id);
        model.addAttribute("correcting", checkIn);
        model.addAttribute("basedOn", checkIn.version());
        return renderForm(
                account,
                CheckInFormMapper.toForm(checkIn.details()),
                new FieldProblems(),
                model,
                locale,
                "/check-ins/" + checkIn.id(),
                diary.today(account),
                false);
    }

    @PostMapping("/check-ins/{id}")
    String correct(
            @PathVariable String id,
            @ModelAttribute("form") CheckInForm form,
            @ModelAttribute("newItem") NewItemForm newItem,
            @RequestParam(required = false) String addItem,
            @RequestParam(required = false) String addMedication,
            @RequestParam(required = false) String showDetails,
            @RequestParam(required = false) String basedOn,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CheckIn checkIn = find(account, id);
        model.addAttribute("correcting", checkIn);
        // The version the form was opened on; a page from before it was sent corrects whatever is current.
        int opened = basedOn == null ? checkIn.version() : version(basedOn);
        model.addAttribute("basedOn", opened);
        String action = "/check-ins/" + checkIn.id();
        LocalDate today = diary.today(account);
        if (addItem != null) {
            return addOwnItem(account, Actor.self(), addItem, form, newItem, model, locale, response, action, today);
        }
        if (addMedication != null || showDetails != null) {
            return renderForm(account, form, new FieldProblems(), model, locale, action, today, addMedication != null);
        }
        CheckInFormMapper.Result result = CheckInFormMapper.parse(form, today, ownItems.all(account));
        FieldProblems problems = result.problems();
        if (result.valid()) {
            try {
                if (!diary.correct(account, checkIn.id(), opened, result.details())) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                redirect.addFlashAttribute("corrected", checkIn.id().value());
                return afterSaving(checkIn.id(), result.details(), Actor.self());
            } catch (Diary.FutureDayException e) {
                problems = new FieldProblems();
                problems.add("diaryDay", "checkIn.diaryDay.future");
            } catch (Diary.StaleCorrectionException | Diary.ConcurrentCorrectionException e) {
                // Shown beside what was typed; saving again (now based on it) replaces it knowingly.
                CheckIn savedNow = find(account, id);
                problems = new FieldProblems();
                problems.add("form", "checkIn.staleCorrection");
                model.addAttribute("savedNow", savedNow);
                model.addAttribute("labels", labels(account, locale));
                model.addAttribute("basedOn", savedNow.version());
                response.setStatus(409);
                return renderForm(account, form, problems, model, locale, action, today, false);
            }
        }
        response.setStatus(422);
        return renderForm(account, form, problems, model, locale, action, today, false);
    }

    /** A version number as the form sent it; anything else is no version, so the correction is refused as stale. */
    private static int version(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @GetMapping("/check-ins/{id}/delete")
    String confirmDelete(@PathVariable String id, AccountId account, Model model, Locale locale) {
        model.addAttribute("checkIn", find(account, id));
        model.addAttribute("labels", labels(account, locale));
        return "diary/delete";
    }

    @PostMapping("/check-ins/{id}/delete")
    String delete(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        CheckInId checkInId = CheckInId.parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!diary.delete(account, checkInId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/history";
    }

    /** A check-in with a red flag opens on its own page, where the advice stands first; others go to history. */
    private static String afterSaving(CheckInId id, CheckInDetails details, Actor actor) {
        // A carer may not be allowed to read the diary they add to: they go back to the people they help.
        if (actor.helping()) {
            return "redirect:/care?saved";
        }
        return details.redFlags().isEmpty() ? "redirect:/history" : "redirect:/check-ins/" + id.value();
    }

    private DiaryLabels labels(AccountId account, Locale locale) {
        return new DiaryLabels(messages, locale, accounts.preferences(account).timeZone());
    }

    private CheckIn find(AccountId account, String id) {
        return CheckInId.parse(id)
                .flatMap(checkInId -> diary.find(account, checkInId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String renderForm(
            AccountId account,
            CheckInForm form,
            FieldProblems problems,
            Model model,
            Locale locale,
            String action,
            LocalDate today,
            boolean anotherMedication) {
        Set<String> tracked = new java.util.LinkedHashSet<>();
        trackedStrategies.tracked(account).forEach(t -> tracked.add(t.strategy().code()));
        if (!model.containsAttribute(ASKS)) {
            model.addAttribute(ASKS, optionalQuestions(account, accounts.preferences(account), clock.instant(), today));
        }
        List<OwnItem> items = ownItems.all(account);
        CheckInForm withRows =
                form.withRowsFor(items.stream().filter(i -> !i.stopped()).toList());
        formModel(model, withRows, problems, messages, locale, tracked, action, today, anotherMedication);
        model.addAttribute("ownItemRows", OwnItemRow.of(withRows, items));
        model.addAttribute("ownItemList", items);
        model.addAttribute("ownItemKinds", OWN_ITEM_KINDS);
        if (!model.containsAttribute("newItem")) {
            model.addAttribute("newItem", NewItemForm.EMPTY);
        }
        return "diary/check-in-form";
    }

    /** What the check-in form's template reads, for a person's form and for the blank one kept on the device. */
    static void formModel(
            Model model,
            CheckInForm form,
            FieldProblems problems,
            MessageSource messages,
            Locale locale,
            Set<String> tracked,
            String action,
            LocalDate today,
            boolean anotherMedication) {
        CheckInFormView view = CheckInFormView.of(form, problems, messages, locale, tracked);
        model.addAttribute("view", anotherMedication ? view.withAnotherMedication() : view);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("today", today);
        model.addAttribute("scale", SCALE);
        model.addAttribute("vocabulary", VocabularyView.INSTANCE);
        model.addAttribute("noteCharacters", Limits.NOTE_CHARACTERS);
        model.addAttribute("mapCaptions", BodyMapLayout.captions());
        model.addAttribute("mapOutlines", BodyMapLayout.outlines());
        model.addAttribute("noDescriptors", List.of());
        model.addAttribute("openSections", OpenSections.of(form, problems, !tracked.isEmpty()));
        if (!model.containsAttribute("labels")) {
            model.addAttribute("labels", new DiaryLabels(messages, locale, ZoneOffset.UTC));
        }
    }
}
