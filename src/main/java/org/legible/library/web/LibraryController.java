package org.legible.library.web;

import java.util.Locale;
import org.legible.library.Library;
import org.legible.library.LibraryPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The library's list of pages and each page. */
@Controller
record LibraryController(Library library) {

    @GetMapping("/library")
    String index(Model model) {
        model.addAttribute("pages", LibraryPage.values());
        return "library/index";
    }

    @GetMapping("/library/{slug}")
    String page(@PathVariable String slug, Model model, Locale locale) {
        LibraryPage page =
                LibraryPage.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("text", library.text(page, locale));
        model.addAttribute("pages", LibraryPage.values());
        return "library/page";
    }
}
