package org.legible.reminders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.Diary;
import org.legible.reminders.ReminderSettings;
import org.legible.reminders.Reminders;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The reminders page: days, times, quiet hours and channels in one form; this device's notifications (legible.js asks
 * the browser, then posts its subscription to {@link PushSubscriptionController}); the private calendar address,
 * shown once; and the question whether to pause, when Legible has asked it.
 */
@Controller
record ReminderController(Reminders reminders, Accounts accounts, Diary diary, MessageSource messages) {

    /** One of the days' checkboxes: ISO number, name, and whether it is ticked. */
    record Day(int number, String name, boolean checked) {}

    /** A device in the list: the push service it uses and the day it was added, in the person's time zone. */
    record Device(String id, String service, String added) {}

    @GetMapping("/reminders")
    String page(AccountId account, Model model, Locale locale) {
        ReminderSettings settings = reminders.settings(account).orElse(ReminderSettings.offered());
        model.addAttribute("chosen", reminders.settings(account).isPresent());
        return render(account, ReminderForm.of(settings), Map.of(), model, locale);
    }

    /** For the start page: the pause question, or an offer to a person who checks in and has no reminder. */
    @GetMapping("/reminders/today")
    String today(AccountId account, Model model) {
        boolean asks = reminders.asksWhetherToPause(account);
        model.addAttribute("asksWhetherToPause", asks);
        model.addAttribute("offer", !asks && reminders.settings(account).isEmpty() && diary.hasCheckIns(account));
        return "reminders/today :: today";
    }

    @PostMapping("/reminders")
    String save(
            AccountId account,
            @ModelAttribute ReminderForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReminderForm.Result result = form.parse();
        if (!result.problems().isEmpty()) {
            response.setStatus(422);
            Map<String, String> errors = new LinkedHashMap<>();
            result.problems().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
            model.addAttribute("chosen", reminders.settings(account).isPresent());
            return render(account, form, errors, model, locale);
        }
        reminders.save(account, result.settings(), origin());
        redirect.addFlashAttribute("message", result.settings().paused() ? "reminders.paused" : "reminders.saved");
        return "redirect:/reminders";
    }

    @PostMapping("/reminders/pause-answer")
    String answerPause(AccountId account, @RequestParam(required = false) String pause, RedirectAttributes redirect) {
        boolean pausing = "yes".equals(pause);
        reminders.answerPause(account, pausing);
        redirect.addFlashAttribute("message", pausing ? "reminders.paused" : "reminders.kept");
        return "redirect:/reminders";
    }

    @PostMapping("/reminders/calendar")
    String newCalendar(AccountId account, RedirectAttributes redirect) {
        String secret = reminders.newCalendarSecret(account);
        // Shown once, on the next page only: the address itself is never kept, only its hash.
        redirect.addFlashAttribute("calendarAddress", origin() + CalendarFeedController.PATH + secret + ".ics");
        return "redirect:/reminders#calendar";
    }

    @PostMapping("/reminders/calendar/revoke")
    String revokeCalendar(AccountId account, RedirectAttributes redirect) {
        reminders.revokeCalendar(account);
        redirect.addFlashAttribute("message", "reminders.calendar.revoked");
        return "redirect:/reminders#calendar";
    }

    @PostMapping("/reminders/devices/{id}/remove")
    String removeDevice(AccountId account, @PathVariable String id, RedirectAttributes redirect) {
        reminders.unsubscribe(account, id);
        redirect.addFlashAttribute("message", "reminders.device.removed");
        return "redirect:/reminders#devices";
    }

    private String render(
            AccountId account, ReminderForm form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("days", days(form, locale));
        model.addAttribute("email", accounts.email(account));
        model.addAttribute("emailAvailable", reminders.emailAvailable());
        java.time.ZoneId zone = accounts.preferences(account).timeZone();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale)
                .withZone(zone);
        model.addAttribute(
                "devices",
                reminders.pushDevices(account).stream()
                        .map(d -> new Device(d.id(), d.service(), day.format(d.addedAt())))
                        .toList());
        model.addAttribute("pushKey", reminders.pushApplicationServerKey());
        model.addAttribute("hasCalendar", reminders.hasCalendar(account));
        model.addAttribute("asksWhetherToPause", reminders.asksWhetherToPause(account));
        return "reminders/reminders";
    }

    private static List<Day> days(ReminderForm form, Locale locale) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new Day(
                        day.getValue(),
                        day.getDisplayName(TextStyle.FULL, locale),
                        form.days().contains(String.valueOf(day.getValue()))))
                .toList();
    }

    /** The address this person reaches Legible at, as the request (and a trusted proxy) says. */
    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .replacePath(null)
                .build()
                .toUriString();
    }
}
