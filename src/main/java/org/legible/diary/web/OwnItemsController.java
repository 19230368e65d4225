package org.legible.diary.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.legible.accounts.AccountId;
import org.legible.diary.Diary;
import org.legible.diary.HealthMeasures;
import org.legible.diary.OwnItem;
import org.legible.diary.OwnItems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of a person's own things to track: each with how it is answered, adding one (as inside the check-in) and
 * stopping one, which keeps its past answers; and beside them the ratings imports brought in from other apps. Only
 * the person: a carer who records answers the items in the check-in.
 */
@Controller
record OwnItemsController(OwnItems ownItems, HealthMeasures measures, Diary diary, MessageSource messages) {

    private static final List<String> KINDS =
            Arrays.stream(OwnItem.Kind.values()).map(OwnItem.Kind::code).toList();

    /**
     * The list; with {@code goOn}, the name of a rating brought in from another app, the add form opens with that
     * name as a 0-10 scale, so the person can go on rating it in check-ins (the other app's scale stays its own).
     */
    @GetMapping("/own-items")
    String list(@RequestParam(required = false) String goOn, AccountId account, Model model, Locale locale) {
        boolean broughtIn = goOn != null
                && measures.ratedItems(account).stream().anyMatch(r -> r.name().equals(goOn));
        if (!broughtIn) {
            return page(account, NewItemForm.EMPTY, new FieldProblems(), model, locale);
        }
        model.addAttribute("addingItem", true);
        NewItemForm goingOn = new NewItemForm(goOn, OwnItem.Kind.SCALE.code(), null, null, null, null);
        return page(account, goingOn, new FieldProblems(), model, locale);
    }

    @PostMapping("/own-items")
    String add(
            @ModelAttribute("newItem") NewItemForm newItem,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OwnItems.Added added = ownItems.add(account, newItem.draft());
        if (added.item() == null) {
            FieldProblems problems = new FieldProblems();
            added.problems().forEach((field, p) -> problems.add(NewItemForm.input(field), p.messageKey(), p.args()));
            response.setStatus(422);
            model.addAttribute("addingItem", true);
            return page(account, newItem, problems, model, locale);
        }
        redirect.addFlashAttribute("itemAdded", added.item().name());
        return "redirect:/own-items";
    }

    @PostMapping("/own-items/{id}/stop")
    String stop(@PathVariable String id, AccountId account, RedirectAttributes redirect) {
        OwnItem item = ownItems.active(account).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ownItems.stop(account, item.id());
        redirect.addFlashAttribute("itemStopped", item.name());
        return "redirect:/own-items";
    }

    private String page(AccountId account, NewItemForm newItem, FieldProblems problems, Model model, Locale locale) {
        List<OwnItem> items = ownItems.all(account);
        model.addAttribute("active", items.stream().filter(i -> !i.stopped()).toList());
        model.addAttribute("stopped", items.stream().filter(OwnItem::stopped).toList());
        // One list of what the person follows beside the pain: ratings another app kept stand with their own.
        model.addAttribute("rated", measures.ratedItems(account));
        model.addAttribute(
                "activeNames",
                items.stream().filter(i -> !i.stopped()).map(OwnItem::name).toList());
        model.addAttribute("newItem", newItem);
        model.addAttribute("ownItemKinds", KINDS);
        model.addAttribute("errors", problems.messages(messages, locale));
        model.addAttribute("labels", new DiaryLabels(messages, locale, java.time.ZoneOffset.UTC));
        model.addAttribute("today", diary.today(account));
        return "diary/own-items-list";
    }
}
