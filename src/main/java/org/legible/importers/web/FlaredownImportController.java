package org.legible.importers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.legible.importers.FlaredownImports;
import org.legible.importers.KeptAsideFiles;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.flaredown.ColumnRole;
import org.legible.importers.flaredown.ColumnSurvey;
import org.legible.importers.flaredown.FlaredownLayout;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Flaredown's export: upload it, see each column with what it holds and what Legible will make of it (a tracked item
 * on its 0 to 4 scale, a medication, a strategy, triggers, or nothing), change any of that, see the first days as
 * read, then bring it in as a background import. Nothing is written before the last step.
 */
@Controller
record FlaredownImportController(FlaredownImports flaredown, MessageSource messages, ImportUploads uploads) {

    static final int PREVIEW_ROWS = 10;
    private static final String VIEW = "importers/flaredown-mapping";

    @PostMapping("/import/health/flaredown")
    String upload(
            @RequestParam(name = "flaredownFile", required = false) MultipartFile file,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        return uploads.keep(
                file,
                "flaredownFile",
                account,
                model,
                locale,
                response,
                copy -> "redirect:/import/health/flaredown/"
                        + flaredown.staging().stage(account, file.getOriginalFilename(), copy));
    }

    /** The mapping page with Legible's guesses from what each column holds. */
    @GetMapping("/import/health/flaredown/{id}")
    String mapping(@PathVariable String id, AccountId account, Model model, Locale locale, HttpServletResponse response)
            throws IOException {
        KeptAsideFiles.Staged file = uploads.kept(account, id);
        try {
            FlaredownLayout layout = flaredown.layout(file);
            List<ColumnSurvey> survey = flaredown.survey(file);
            Map<String, String> form = new LinkedHashMap<>();
            survey.forEach(c -> form.put(field(c.column()), c.guess(layout).name()));
            return show(file, survey, form, Map.of(), null, model);
        } catch (UnreadableExport e) {
            uploads.unreadable(file, e, model, locale, response);
            return VIEW;
        }
    }

    @PostMapping("/import/health/flaredown/{id}")
    String submit(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        KeptAsideFiles.Staged file = uploads.kept(account, id);
        try {
            FlaredownLayout layout = flaredown.layout(file);
            Map<String, String> errors = new LinkedHashMap<>();
            FlaredownImports.Mapping mapping = mapping(layout, params, errors, locale);
            if (!errors.isEmpty()) {
                response.setStatus(422);
                return show(file, flaredown.survey(file), params, errors, null, model);
            }
            return uploads.importOrPreview(
                    account,
                    id,
                    params,
                    flaredown.reading(mapping),
                    () -> show(
                            file,
                            flaredown.survey(file),
                            params,
                            errors,
                            flaredown.preview(file, mapping, PREVIEW_ROWS),
                            model));
        } catch (UnreadableExport e) {
            uploads.unreadable(file, e, model, locale, response);
            return VIEW;
        }
    }

    private String show(
            KeptAsideFiles.Staged file,
            List<ColumnSurvey> survey,
            Map<String, String> form,
            Map<String, String> errors,
            Object preview,
            Model model) {
        model.addAttribute("file", file);
        model.addAttribute("survey", survey);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("scaleMax", FlaredownLayout.SCALE_MAX);
        return VIEW;
    }

    /** The roles the form says, or null with the errors beside their columns. */
    private FlaredownImports.Mapping mapping(
            FlaredownLayout layout, Map<String, String> params, Map<String, String> errors, Locale locale) {
        List<ColumnRole> roles = new ArrayList<>();
        roles.add(ColumnRole.LEAVE_OUT); // the date
        boolean any = false;
        for (int c = 1; c < layout.columns(); c++) {
            ColumnRole role = role(params.get(field(c)));
            if (role == null || !role.fits(layout, c)) {
                errors.put(field(c), messages.getMessage("flaredownImport.error.role", null, locale));
                role = ColumnRole.LEAVE_OUT;
            } else if (role != ColumnRole.LEAVE_OUT
                    && role != ColumnRole.TRIGGER
                    && !FlaredownLayout.keepable(layout.name(c))) {
                errors.put(
                        field(c),
                        messages.getMessage(
                                "flaredownImport.error.longName", new Object[] {TrackerEntry.NAME_CHARACTERS}, locale));
            }
            any |= role != ColumnRole.LEAVE_OUT;
            roles.add(role);
        }
        if (!any && errors.isEmpty()) {
            errors.put(field(1), messages.getMessage("flaredownImport.error.nothing", null, locale));
        }
        return errors.isEmpty() ? new FlaredownImports.Mapping(roles, params.containsKey("leaveOutBadRows")) : null;
    }

    private static ColumnRole role(String value) {
        try {
            return value == null ? null : ColumnRole.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String field(int column) {
        return "role" + column;
    }
}
