package org.legible.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInId;
import org.legible.diary.Diary;
import org.legible.diary.Limits;
import org.legible.diary.OwnItems;
import org.legible.interop.json.ExportDocument;
import org.legible.interop.json.JsonExport;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-ins through the JSON API, in the export format's shapes: list, record, read, correct (the old version is
 * kept, as on the pages) and delete. Every call is scoped to the token's account; another account's ids are 404.
 */
@RestController
@RequestMapping("/api/v1/checkins")
record CheckInApiController(Diary diary, OwnItems ownItems, JsonExport export, MessageSource messages) {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    /** One page of check-ins, oldest first by diary day, then by the time recorded. */
    record CheckInPage(List<ExportDocument.CheckIn> items, int page, int size, int totalItems, int totalPages) {}

    @GetMapping
    CheckInPage list(
            AccountId account,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = FhirApiController.day("from", from, Limits.EARLIEST_DAY, errors);
        LocalDate last = FhirApiController.day("to", to, diary.today(account), errors);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, errors);
        int pageSize = number("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new FieldError("from", "Must not be after 'to'."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<CheckIn> all = diary.between(account, first, last);
        int start = Math.min(all.size(), pageNumber * pageSize);
        int end = Math.min(all.size(), start + pageSize);
        List<ExportDocument.CheckIn> items = new ArrayList<>();
        for (CheckIn checkIn : all.subList(start, end)) {
            items.add(export.checkIn(account, checkIn));
        }
        return new CheckInPage(items, pageNumber, pageSize, all.size(), (all.size() + pageSize - 1) / pageSize);
    }

    @PostMapping
    ResponseEntity<ExportDocument.CheckIn> record(
            AccountId account, @RequestBody ExportDocument.Details body, Locale locale) {
        CheckInDetails details =
                CheckInRequest.read(body, diary.today(account), ownItems.all(account), messages, locale);
        CheckInId id = diary.record(account, details);
        return ResponseEntity.created(URI.create("/api/v1/checkins/" + id.value()))
                .body(export.checkIn(account, found(account, id.value())));
    }

    /** With the current version as its ETag, for a correction's If-Match. */
    @GetMapping("/{id}")
    ResponseEntity<ExportDocument.CheckIn> read(AccountId account, @PathVariable String id) {
        CheckIn checkIn = found(account, id);
        return ResponseEntity.ok().eTag(etag(checkIn.version())).body(export.checkIn(account, checkIn));
    }

    /**
     * With {@code If-Match}, corrects only the version named there (412 when another correction came first), so a
     * program never overwrites a correction it has not read; without it, whatever is current.
     */
    @PutMapping("/{id}")
    ResponseEntity<ExportDocument.CheckIn> correct(
            AccountId account,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ExportDocument.Details body,
            Locale locale) {
        CheckIn existing = found(account, id);
        CheckInDetails details =
                CheckInRequest.read(body, diary.today(account), ownItems.all(account), messages, locale);
        boolean corrected = ifMatch == null || ifMatch.strip().equals("*")
                ? diary.correct(account, existing.id(), details)
                : diary.correct(account, existing.id(), matched(ifMatch, existing.version()), details);
        if (!corrected) {
            throw new NotFoundException();
        }
        CheckIn now = found(account, id);
        return ResponseEntity.ok().eTag(etag(now.version())).body(export.checkIn(account, now));
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The current version when If-Match names it (strongly or weakly), else a version that cannot match. */
    private static int matched(String ifMatch, int current) {
        for (String tag : ifMatch.split(",")) {
            String strong = tag.strip().startsWith("W/") ? tag.strip().substring(2) : tag.strip();
            if (strong.equals(etag(current))) {
                return current;
            }
        }
        return 0;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AccountId account, @PathVariable String id) {
        CheckInId checkInId = CheckInId.parse(id).orElseThrow(NotFoundException::new);
        if (!diary.delete(account, checkInId)) {
            throw new NotFoundException();
        }
        return ResponseEntity.noContent().build();
    }

    private CheckIn found(AccountId account, String id) {
        return CheckInId.parse(id)
                .flatMap(checkInId -> diary.find(account, checkInId))
                .orElseThrow(NotFoundException::new);
    }

    private static int number(String name, String text, int absent, int min, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "Must be a whole number from " + min + " to " + max + "."));
        return absent;
    }
}
