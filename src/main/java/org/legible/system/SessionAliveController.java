package org.legible.system;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Touching the session: a page that someone is actively typing into calls this now and then, so a slow check-in is
 * not lost to the idle timeout. It answers only for a signed-in session and changes nothing (GET, 204).
 */
@Controller
class SessionAliveController {

    @GetMapping("/session/alive")
    ResponseEntity<Void> alive() {
        return ResponseEntity.noContent().build();
    }
}
