package org.legible.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page behind every 403: most often a form that expired (its CSRF token no longer matches). */
@Controller
class ForbiddenController {

    @RequestMapping("/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
