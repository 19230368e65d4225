package org.legible.importers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.legible.importers.CsvImports;
import org.legible.importers.KeptAsideFiles;
import org.legible.importers.csv.ColumnMapping;
import org.legible.importers.csv.DateFormat;
import org.legible.importers.files.UnreadableExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Any CSV: upload it, say which columns hold the day, time asleep and steps (and which rows are the person's), see
 * the first rows as Legible reads them, then bring it in as a background import like the others.
 */
@Controller
record CsvImportController(CsvImports csv, Accounts accounts, MessageSource messages, ImportUploads uploads) {

    static final int FIRST_ROWS = 5;
    static final int PREVIEW_ROWS = 10;
    private static final String VIEW = "importers/csv-mapping";

    @PostMapping("/import/health/csv")
    String upload(
            @RequestParam(name = "csvFile", required = false) MultipartFile file,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        return uploads.keep(
                file,
                "csvFile",
                account,
                model,
                locale,
                response,
                copy -> "redirect:/import/health/csv/" + csv.stage(account, file.getOriginalFilename(), copy));
    }

    /** The mapping page, with Legible's guesses from the header and the first value. */
    @GetMapping("/import/health/csv/{id}")
    String mapping(@PathVariable String id, AccountId account, Model model, Locale locale, HttpServletResponse response)
            throws IOException {
        KeptAsideFiles.Staged file = uploads.kept(account, id);
        List<List<String>> first = firstRowsOrSayWhy(file, model, locale, response);
        if (first == null) {
            return VIEW;
        }
        List<String> header = first.get(0);
        Map<String, String> form = guesses(header, first.size() > 1 ? first.get(1) : List.of());
        return show(file, first, form, Map.of(), null, model, account);
    }

    @PostMapping("/import/health/csv/{id}")
    String submit(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            AccountId account,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        KeptAsideFiles.Staged file = uploads.kept(account, id);
        List<List<String>> first = firstRowsOrSayWhy(file, model, locale, response);
        if (first == null) {
            return VIEW;
        }
        List<String> header = first.get(0);
        Map<String, String> errors = new LinkedHashMap<>();
        ColumnMapping mapping = mapping(params, header, errors, locale);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return show(file, first, params, errors, null, model, account);
        }
        try {
            return uploads.importOrPreview(
                    account,
                    id,
                    params,
                    csv.reading(mapping),
                    () -> show(file, first, params, errors, csv.preview(file, mapping, PREVIEW_ROWS), model, account));
        } catch (UnreadableExport e) {
            // Broken further on than the first rows shown: say where, as the mapping page does for the first rows.
            uploads.unreadable(file, e, model, locale, response);
            return VIEW;
        }
    }

    private String show(
            KeptAsideFiles.Staged file,
            List<List<String>> first,
            Map<String, String> form,
            Map<String, String> errors,
            Object preview,
            Model model,
            AccountId account) {
        model.addAttribute("file", file);
        model.addAttribute("header", first.get(0));
        model.addAttribute("rows", first.subList(1, first.size()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("formats", DateFormat.values());
        model.addAttribute("painScales", ColumnMapping.PAIN_SCALES);
        model.addAttribute("zone", accounts.preferences(account).timeZone());
        return VIEW;
    }

    /** The header and first rows as written; null when the file cannot be read, with the page saying why. */
    private List<List<String>> firstRowsOrSayWhy(
            KeptAsideFiles.Staged file, Model model, Locale locale, HttpServletResponse response) throws IOException {
        try {
            return csv.firstRows(file, FIRST_ROWS);
        } catch (UnreadableExport e) {
            uploads.unreadable(file, e, model, locale, response);
            return null;
        }
    }

    /** The mapping the form says, or null with the errors beside their fields. */
    private ColumnMapping mapping(
            Map<String, String> params, List<String> header, Map<String, String> errors, Locale locale) {
        int columns = header.size();
        int date = column(params.get("dateColumn"), columns);
        if (date == ColumnMapping.NONE) {
            errors.put("dateColumn", messages.getMessage("csvImport.error.dateColumn", null, locale));
        }
        DateFormat format = null;
        try {
            format = DateFormat.valueOf(params.getOrDefault("dateFormat", ""));
        } catch (IllegalArgumentException e) {
            errors.put("dateFormat", messages.getMessage("csvImport.error.dateFormat", null, locale));
        }
        ZoneId fileZone = null;
        String zone = params.getOrDefault("fileZone", "").strip();
        if (!zone.isEmpty()) {
            try {
                fileZone = ZoneId.of(zone);
            } catch (DateTimeException e) {
                errors.put("fileZone", messages.getMessage("csvImport.error.fileZone", null, locale));
            }
        }
        int sleep = column(params.get("sleepColumn"), columns);
        int steps = column(params.get("stepsColumn"), columns);
        int pain = column(params.get("painColumn"), columns);
        if (sleep == ColumnMapping.NONE && steps == ColumnMapping.NONE && pain == ColumnMapping.NONE) {
            errors.put("sleepColumn", messages.getMessage("csvImport.error.nothing", null, locale));
        }
        int inBed = column(params.get("inBedColumn"), columns);
        if (inBed != ColumnMapping.NONE && sleep == ColumnMapping.NONE) {
            errors.put("inBedColumn", messages.getMessage("csvImport.error.inBedAlone", null, locale));
        }
        int painScale = 10;
        try {
            painScale = Integer.parseInt(params.getOrDefault("painScale", "10"));
        } catch (NumberFormatException e) {
            painScale = -1;
        }
        if (!ColumnMapping.PAIN_SCALES.contains(painScale)) {
            errors.put("painScale", messages.getMessage("csvImport.error.painScale", null, locale));
        }
        if (pain != ColumnMapping.NONE && !TrackerEntry.isName(header.get(pain))) {
            errors.put(
                    "painColumn",
                    messages.getMessage(
                            "csvImport.error.painName", new Object[] {TrackerEntry.NAME_CHARACTERS}, locale));
        }
        ColumnMapping.SleepUnit unit = "minutes".equals(params.get("sleepUnit"))
                ? ColumnMapping.SleepUnit.MINUTES
                : ColumnMapping.SleepUnit.HOURS;
        int filter = column(params.get("filterColumn"), columns);
        String filterValue = params.getOrDefault("filterValue", "");
        if (filter != ColumnMapping.NONE && filterValue.isBlank()) {
            errors.put("filterValue", messages.getMessage("csvImport.error.filterValue", null, locale));
        }
        if (filterValue.length() > 200) {
            errors.put("filterValue", messages.getMessage("csvImport.error.filterValue", null, locale));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ColumnMapping(
                date,
                format,
                fileZone,
                sleep,
                unit,
                steps,
                filter,
                filterValue,
                params.containsKey("leaveOutBadRows"),
                column(params.get("activeColumn"), columns),
                inBed,
                pain,
                painScale);
    }

    /** A column index from the form, or NONE for blank or anything that is not a column of this file. */
    private static int column(String value, int columns) {
        if (value == null || !value.matches("\\d{1,3}")) {
            return ColumnMapping.NONE;
        }
        int column = Integer.parseInt(value);
        return column < columns ? column : ColumnMapping.NONE;
    }

    /** Legible's first guesses: columns named like a day, sleep or steps, and the first format the day fits. */
    static Map<String, String> guesses(List<String> header, List<String> firstRow) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (!form.containsKey("dateColumn")
                    && (name.contains("date") || name.contains("day") || name.equals("time"))) {
                form.put("dateColumn", String.valueOf(i));
            } else if (!form.containsKey("inBedColumn") && name.contains("bed")) {
                form.put("inBedColumn", String.valueOf(i));
            } else if (!form.containsKey("painColumn") && name.contains("pain")) {
                form.put("painColumn", String.valueOf(i));
            } else if (!form.containsKey("sleepColumn") && (name.contains("asleep") || name.contains("sleep"))) {
                form.put("sleepColumn", String.valueOf(i));
                form.put("sleepUnit", name.contains("min") ? "minutes" : "hours");
            } else if (!form.containsKey("stepsColumn") && name.contains("step")) {
                form.put("stepsColumn", String.valueOf(i));
            } else if (!form.containsKey("activeColumn") && name.contains("active") && name.contains("min")) {
                form.put("activeColumn", String.valueOf(i));
            }
        }
        String dateColumn = form.get("dateColumn");
        if (dateColumn != null && Integer.parseInt(dateColumn) < firstRow.size()) {
            String value = firstRow.get(Integer.parseInt(dateColumn));
            for (DateFormat format : DateFormat.values()) {
                if (format.day(value, null, ZoneId.of("UTC")) != null) {
                    form.put("dateFormat", format.name());
                    break;
                }
            }
        }
        return form;
    }
}
