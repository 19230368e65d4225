package org.legible.library.web;

import java.util.EnumMap;
import java.util.Map;
import org.legible.insights.patterns.Mechanism;
import org.legible.library.LibraryPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the library address of each mechanism, so an explained pattern (on the patterns page or a
 * check-up result) can link to its page without those modules depending on the library.
 */
@ControllerAdvice
class LibraryLinks {

    private static final Map<Mechanism, String> ADDRESSES = addresses();

    @ModelAttribute("libraryAddress")
    Map<Mechanism, String> libraryAddress() {
        return ADDRESSES;
    }

    private static Map<Mechanism, String> addresses() {
        Map<Mechanism, String> addresses = new EnumMap<>(Mechanism.class);
        for (Mechanism mechanism : Mechanism.values()) {
            addresses.put(mechanism, LibraryPage.addressOf(mechanism));
        }
        return java.util.Collections.unmodifiableMap(addresses);
    }
}
