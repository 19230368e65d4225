package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Carers;
import org.legible.accounts.RequiresRecentPassphrase;
import org.legible.accounts.SignInSteps;
import org.legible.system.qr.QrCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The person's side of carers: who may help them and how, inviting someone by a link (shown once, as text and as a
 * QR code), and removing a carer, which ends their access on their next request. Inviting needs the passphrase from
 * the last ten minutes, and the first invitation asks for a second sign-in step first.
 */
@Controller
record CarersController(
        Carers carers, SignInSteps signInSteps, Accounts accounts, MessageSource messages, Clock clock) {

    static final String PATH = "/carers";

    @GetMapping(PATH)
    String list(AccountId account, Model model) {
        if (model.getAttribute("invitationLink") instanceof String link) {
            model.addAttribute("invitationQr", QrCode.of(link));
        }
        model.addAttribute("carers", carers.carers(account));
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", accounts.preferences(account).timeZone());
        return "accounts/carers";
    }

    @GetMapping(PATH + "/new")
    @RequiresRecentPassphrase
    String newCarer(AccountId account, @RequestParam(required = false) String stronger, Model model) {
        if (!"later".equals(stronger)
                && !signInSteps.methods(account).stronger()
                && carers.carers(account).isEmpty()) {
            model.addAttribute("why", "carers.stronger.why");
            model.addAttribute("next", PATH + "/new");
            return "accounts/stronger-first";
        }
        return form("", false, false, Map.of(), model);
    }

    @PostMapping(PATH)
    @RequiresRecentPassphrase
    String invite(
            AccountId account,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String record,
            @RequestParam(required = false) String read,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String name = label == null ? "" : label.strip();
        boolean canRecord = "yes".equals(record);
        boolean canRead = "yes".equals(read);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("label", messages.getMessage("carers.error.label", null, locale));
        } else if (name.length() > Carers.LABEL_CHARACTERS) {
            errors.put(
                    "label",
                    messages.getMessage(
                            "carers.error.labelLong", new Object[] {Carers.LABEL_CHARACTERS, name.length()}, locale));
        }
        if (!canRecord && !canRead) {
            errors.put("grants", messages.getMessage("carers.error.grants", null, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return form(label == null ? "" : label, canRecord, canRead, errors, model);
        }
        String token = carers.invite(account, name, canRecord, canRead);
        redirect.addFlashAttribute(
                "invitationLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(CareController.PATH + "/invite/" + token)
                        .build()
                        .toUriString());
        redirect.addFlashAttribute("invitedLabel", name);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/remove")
    String remove(AccountId account, @PathVariable String id, RedirectAttributes redirect) {
        if (carers.remove(account, id)) {
            redirect.addFlashAttribute("removed", true);
        }
        return "redirect:" + PATH;
    }

    private static String form(
            String label, boolean canRecord, boolean canRead, Map<String, String> errors, Model model) {
        model.addAttribute("label", label);
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("canRead", canRead);
        model.addAttribute("errors", errors);
        return "accounts/carer-new";
    }
}
