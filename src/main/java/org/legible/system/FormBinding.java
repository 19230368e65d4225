package org.legible.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form is a record, filled through its constructor. Without declarative binding Spring then also tried each
 * request parameter as a property to set on the record it had built, and for each (the CSRF token, and every field
 * of a check-in again) made an exception with "did you mean" suggestions, only to ignore it (docs/benchmarks.md,
 * "Forms bound through their constructors only").
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void constructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
