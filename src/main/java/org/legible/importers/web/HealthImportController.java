package org.legible.importers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures;
import org.legible.importers.AppleHealthImports;
import org.legible.importers.applehealth.AppleHealthReader.UnreadableExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bringing in sleep and steps: upload an Apple Health export (the phone's {@code export.zip} or its
 * {@code export.xml}), see every import with what it added, and undo one as a whole. A file that cannot be read
 * comes back with 422 and where it broke; nothing of it is saved.
 */
@Controller
class HealthImportController {

    private final AppleHealthImports imports;
    private final HealthMeasures measures;
    private final Accounts accounts;
    private final MessageSource messages;

    HealthImportController(
            AppleHealthImports imports, HealthMeasures measures, Accounts accounts, MessageSource messages) {
        this.imports = imports;
        this.accounts = accounts;
        this.measures = measures;
        this.messages = messages;
    }

    @GetMapping("/import/health")
    String page(AccountId account, Model model) {
        model.addAttribute("imports", measures.imports(account));
        model.addAttribute("zone", accounts.preferences(account).timeZone());
        return "importers/health";
    }

    @PostMapping("/import/health")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refuse(account, model, response, messages.getMessage("healthImport.error.noFile", null, locale));
        }
        AppleHealthImports.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = imports.importFile(account, file.getOriginalFilename(), in);
        } catch (UnreadableExport e) {
            String reason = messages.getMessage("healthImport.error." + e.getMessage(), null, locale);
            String text = e.line() > 0
                    ? messages.getMessage("healthImport.error.atLine", new Object[] {reason, e.line()}, locale)
                    : reason;
            return refuse(account, model, response, text);
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/import/health";
    }

    private String refuse(AccountId account, Model model, HttpServletResponse response, String error) {
        response.setStatus(422);
        model.addAttribute("error", error);
        return page(account, model);
    }

    @PostMapping("/import/health/{id}/undo")
    String undo(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        if (!measures.undo(account, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("undone", true);
        return "redirect:/import/health";
    }
}
