package org.legible.backups.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.SignInSteps;
import org.legible.backups.Backups;
import org.legible.backups.ScheduledBackups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's backup page: download a backup of the whole installation now, and see the scheduled ones.
 * Everyone else gets 404, as for any address that is not theirs. A backup holds every person's diary, so the download
 * needs a strong sign-in (a passkey, or a one-time code after the passphrase), asks for the passphrase again and
 * counts as an expensive request.
 */
@Controller
record BackupController(Accounts accounts, SignInSteps signInSteps, Backups backups, ScheduledBackups scheduled) {

    @GetMapping("/admin/backups")
    String page(AccountId account, Model model) {
        requireAdministrator(account);
        model.addAttribute("supported", backups.supported());
        model.addAttribute(
                "directory", scheduled.directory().map(Path::toString).orElse(null));
        model.addAttribute("everyHours", scheduled.every().toHours());
        model.addAttribute("keep", scheduled.keep());
        model.addAttribute(
                "kept",
                scheduled.kept().stream().map(p -> p.getFileName().toString()).toList());
        return "backups/backups";
    }

    @RequiresRecentPassphrase
    @GetMapping("/admin/backups/download")
    void download(AccountId account, HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdministrator(account);
        if (!signInSteps.signedInStrongly(request)) {
            response.sendRedirect(SignInSteps.STRONGER_PAGE + "?why=backups&next=/admin/backups");
            return;
        }
        if (!backups.supported()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path copy = backups.copyForDownload();
        try (InputStream in = Files.newInputStream(copy)) {
            response.setContentType("application/vnd.sqlite3");
            response.setContentLengthLong(Files.size(copy));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + backups.fileName() + "\"");
            in.transferTo(response.getOutputStream());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void requireAdministrator(AccountId account) {
        if (!accounts.isAdmin(account)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
