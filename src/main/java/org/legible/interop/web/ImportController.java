package org.legible.interop.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.legible.accounts.AccountId;
import org.legible.interop.json.JsonImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bringing a Legible JSON export back in: one file, checked whole before anything is written. */
@Controller
record ImportController(JsonImport importer, MessageSource messages) {

    /** Far above a decade of daily check-ins (about 5 MB); the servlet limit in application.properties matches. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @GetMapping("/import")
    String page(Model model) {
        model.addAttribute("error", null);
        return "interop/import";
    }

    @PostMapping("/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        String problem = null;
        Object[] args = new Object[0];
        if (file == null || file.isEmpty()) {
            problem = "import.file.missing";
        } else if (file.getSize() > MAX_BYTES) {
            problem = "import.file.tooLarge";
            args = new Object[] {MAX_BYTES / (1024 * 1024)};
        } else {
            try (InputStream in = file.getInputStream()) {
                redirect.addFlashAttribute("result", importer.importInto(account, in));
                return "redirect:/import";
            } catch (JsonImport.ImportProblem e) {
                problem = e.messageKey();
                args = e.args();
            }
        }
        // Uploads up to the server's limit reach here (health exports are large); a Legible export has its own cap.
        response.setStatus("import.file.tooLarge".equals(problem) ? 413 : 422);
        model.addAttribute("error", messages.getMessage(problem, args, locale));
        return "interop/import";
    }
}
