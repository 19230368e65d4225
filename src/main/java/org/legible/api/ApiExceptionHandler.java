package org.legible.api;

import java.util.List;
import java.util.Map;
import org.legible.diary.Diary;
import org.legible.interop.json.JsonFaults;
import org.legible.system.limits.RequestBodyLimit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the API's controllers as {@code application/problem+json} (RFC 9457), with an {@code errors} list
 * of {@code {field, message}} where a field is to blame. Spring's own errors (wrong method, wrong media type) come
 * through {@link ResponseEntityExceptionHandler} in the same shape.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has problems; see errors.", e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound() {
        return problem(HttpStatus.NOT_FOUND, "There is nothing of yours at this address.", List.of());
    }

    @ExceptionHandler(Diary.FutureDayException.class)
    ResponseEntity<Object> futureDay() {
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request has problems; see errors.",
                List.of(new FieldError("diaryDay", "The diary day cannot be in the future.")));
    }

    /** A correction sent with If-Match for a version that is no longer current (or read before another one). */
    @ExceptionHandler(Diary.StaleCorrectionException.class)
    ResponseEntity<Object> stale(Diary.StaleCorrectionException e) {
        String tag = CheckInApiController.etag(e.currentVersion());
        ResponseEntity<Object> problem = problem(
                HttpStatus.PRECONDITION_FAILED,
                "The check-in has been corrected since that version; it is now " + tag
                        + ". Read it again, then send your correction with If-Match: " + tag + ".",
                List.of());
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .eTag(tag)
                .body(problem.getBody());
    }

    @ExceptionHandler(Diary.ConcurrentCorrectionException.class)
    ResponseEntity<Object> concurrentCorrection() {
        return problem(
                HttpStatus.CONFLICT,
                "Someone corrected this check-in at the same moment; read it again and retry.",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestBodyLimit.TooLargeException.class)) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "The body is larger than " + RequestBodyLimit.MAX_BYTES + " bytes.",
                    List.of());
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = JsonFaults.path(unknown);
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Unknown field '" + unknown.getPropertyName()
                            + "'. The accepted fields are in /api/v1/openapi.json.",
                    List.of(new FieldError(field, "Unknown field.")));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The request has problems; see errors.",
                    List.of(new FieldError(
                            JsonFaults.path(mismatch), "Has the wrong type; see /api/v1/openapi.json.")));
        }
        if (e.getCause() instanceof JacksonException json
                && JsonFaults.repeatedField(json).isPresent()) {
            String field = JsonFaults.repeatedField(json).get();
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The field '" + field + "' is given twice in one object (line " + JsonFaults.line(json)
                            + "), so it is not clear which one counts.",
                    List.of(new FieldError(field, "Given twice.")));
        }
        if (e.getCause() instanceof JacksonException json && json.getLocation() != null) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The body is not valid JSON (line " + json.getLocation().getLineNr() + ").",
                    List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "The body is missing or is not valid JSON.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(e, body, headers, status, request);
        if (entity != null && entity.getBody() instanceof ProblemDetail) {
            return ResponseEntity.status(entity.getStatusCode())
                    .headers(entity.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(entity.getBody());
        }
        return entity;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(error -> Map.of("field", error.field(), "message", error.message()))
                            .toList());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
