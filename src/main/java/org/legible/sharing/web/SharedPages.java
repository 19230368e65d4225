package org.legible.sharing.web;

import org.legible.sharing.Share;
import org.springframework.ui.Model;

/** What every shared page's header needs: the addresses inside this share, what it shows, and the page shown. */
final class SharedPages {

    private SharedPages() {}

    static void addTo(Model model, String link, Share share, String current) {
        String base = ShareGate.PATH + link;
        model.addAttribute("sharedBase", base);
        model.addAttribute("sharedCurrent", current);
        model.addAttribute("showsHistory", share.scope().showsHistory());
        model.addAttribute("pdfLink", base + "/report.pdf");
        model.addAttribute("fhirLink", share.withFhir() ? base + "/record.fhir.json" : null);
    }
}
