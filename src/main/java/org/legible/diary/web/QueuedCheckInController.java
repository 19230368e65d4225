package org.legible.diary.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.diary.Diary;
import org.legible.diary.DiaryDays;
import org.legible.diary.OwnItems;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A check-in kept on the person's device while there was no connection, sent when it came back (by the page's script,
 * not by a person at a form). It carries the same fields as the check-in form, read by the same rules, plus the key the
 * device gave it and when it was made: the key makes a second send record nothing, and the check-in lands on the diary
 * day it was made, not the day it was sent. Answers are JSON, so the script can tell "saved" from "keep it and try
 * again": 201 saved, 200 already saved, 422 problems by field (kept on the device to fix), 400 for a key or time no
 * device makes, and 401 when the session has ended (configured in SecurityConfiguration), so nothing is dropped.
 */
@RestController
record QueuedCheckInController(Diary diary, OwnItems ownItems, Accounts accounts, MessageSource messages) {

    @InitBinder("form")
    void bounds(WebDataBinder binder, WebRequest request) {
        binder.setAutoGrowCollectionLimit(RowIndexGuard.MAX_ROW_INDEX + 1);
        RowIndexGuard.check(request.getParameterNames());
    }

    @PostMapping(path = "/check-ins/queued", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(
            @ModelAttribute("form") CheckInForm form,
            @RequestParam(required = false) String idempotencyKey,
            @RequestParam(required = false) String madeAt,
            AccountId account,
            Locale locale) {
        Optional<UUID> key = SubmissionKey.parse(idempotencyKey);
        Optional<Instant> made = instant(madeAt);
        if (key.isEmpty() || made.isEmpty()) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST, "A queued check-in needs its key and the time it was made."));
        }
        Preferences preferences = accounts.preferences(account);
        CheckInForm dated = form.diaryDay() == null || form.diaryDay().isBlank()
                ? form.withDiaryDay(DiaryDays.dayOf(made.get(), preferences).toString())
                : form;
        CheckInFormMapper.Result result = CheckInFormMapper.parse(dated, diary.today(account), ownItems.all(account));
        if (!result.valid()) {
            return problems(result.problems(), locale);
        }
        try {
            Diary.Submission submission = submitOnce(account, result, made.get(), key.get());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", submission.repeated() ? "already-saved" : "saved");
            body.put(
                    "url", submission.id().map(id -> "/check-ins/" + id.value()).orElse(null));
            return ResponseEntity.status(submission.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(body);
        } catch (Diary.FutureDayException e) {
            FieldProblems problems = new FieldProblems();
            problems.add("diaryDay", "checkIn.diaryDay.future");
            return problems(problems, locale);
        }
    }

    /** Two sends of one check-in at the same moment: the loser finds what the winner recorded. */
    private Diary.Submission submitOnce(AccountId account, CheckInFormMapper.Result result, Instant madeAt, UUID key) {
        try {
            return diary.submit(account, result.details(), madeAt, key);
        } catch (DuplicateKeyException e) {
            return diary.submit(account, result.details(), madeAt, key);
        }
    }

    private ResponseEntity<ProblemDetail> problems(FieldProblems problems, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("offline.problems", null, locale));
        List<Map<String, String>> errors = new ArrayList<>();
        problems.asMap()
                .forEach((field, problem) -> errors.add(Map.of(
                        "field", field, "message", messages.getMessage(problem.messageKey(), problem.args(), locale))));
        detail.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
