package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whose diary a carer is helping with, for the banner every page shows while they do (fragments/layout). */
@ControllerAdvice
record HelpingBanner(HelpingInterceptor helping) {

    @ModelAttribute("helpingWhom")
    String helpingWhom(HttpServletRequest request) {
        return helping.chosen(request).map(h -> h.personEmail()).orElse(null);
    }
}
