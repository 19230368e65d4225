package org.legible.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The navigation bar's fifth destination: every other part of Legible, each named with what it is for. */
@Controller
class MoreController {

    static final String PATH = "/more";

    @GetMapping(PATH)
    String more() {
        return "more";
    }
}
