package org.legible.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.fitbit.StepClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code import apple-health FILE --account EMAIL} and {@code import fitbit FILE --account EMAIL [--step-clock
 * auto|local|utc]}: the same imports as the Import page, from the command line, for exports too large to upload
 * comfortably. Exits 1 with a reason when the account or the file is wrong; any other
 * command line starts Legible as usual and this does nothing.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "import";
    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final Accounts accounts;
    private final AppleHealthImports appleHealth;
    private final FitbitImports fitbit;
    private boolean refused;

    ImportCommand(Accounts accounts, AppleHealthImports appleHealth, FitbitImports fitbit) {
        this.accounts = accounts;
        this.appleHealth = appleHealth;
        this.fitbit = fitbit;
    }

    @Override
    public int getExitCode() {
        return refused ? 1 : 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        refused = !importFile(words, args);
    }

    /** The importer the command names, or null for an unknown one (or an unknown step clock). */
    private FileImporter importer(String kind, ApplicationArguments args) {
        if ("apple-health".equals(kind)) {
            return appleHealth;
        }
        if (!"fitbit".equals(kind)) {
            return null;
        }
        List<String> clock = args.getOptionValues("step-clock");
        if (clock == null || clock.isEmpty()) {
            return fitbit.reading(StepClock.AUTO);
        }
        for (StepClock option : StepClock.values()) {
            if (option.name().equalsIgnoreCase(clock.get(0).strip())) {
                return fitbit.reading(option);
            }
        }
        return null;
    }

    private boolean importFile(List<String> words, ApplicationArguments args) {
        List<String> option = args.getOptionValues("account");
        String email = option != null && !option.isEmpty() && !option.get(0).isBlank()
                ? option.get(0)
                : words.size() == 4 ? words.get(3) : null;
        FileImporter importer = words.size() < 3 || email == null ? null : importer(words.get(1), args);
        if (importer == null) {
            log.error("Usage: import apple-health FILE --account EMAIL");
            log.error("   or: import fitbit FILE --account EMAIL [--step-clock=auto|local|utc]");
            return false;
        }
        Optional<AccountId> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            log.error("No account has that e-mail address.");
            return false;
        }
        Path file = Path.of(words.get(2));
        if (!Files.isRegularFile(file)) {
            log.error("There is no file at that path.");
            return false;
        }
        long started = System.nanoTime();
        try {
            ImportedDays.Outcome outcome =
                    importer.importFile(account.get(), file.getFileName().toString(), file, found -> {});
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            if (outcome.alreadyImported()) {
                log.info(
                        "This file was already imported into account {}; nothing was added (read in {} s).",
                        account.get(),
                        String.format(Locale.ROOT, "%.1f", seconds));
            } else {
                log.info(
                        "Imported {} nights and {} days of steps from {} records into account {} (import {}) in {}"
                                + " s, {} records a second.",
                        outcome.imported().nights(),
                        outcome.imported().stepDays(),
                        outcome.imported().records(),
                        account.get(),
                        outcome.imported().id(),
                        String.format(Locale.ROOT, "%.1f", seconds),
                        Math.round(outcome.imported().records() / seconds));
                if (outcome.futureDaysLeftOut() > 0) {
                    log.info(
                            "{} days dated after today were left out (a device with a wrong date recorded them).",
                            outcome.futureDaysLeftOut());
                }
                if (outcome.implausibleDaysLeftOut() > 0) {
                    log.info(
                            "{} days with more than {} steps were left out (a step counter gone wrong).",
                            outcome.implausibleDaysLeftOut(),
                            org.legible.diary.HealthMeasures.StepDay.MAX_STEPS);
                }
            }
            return true;
        } catch (UnreadableExport e) {
            log.error(
                    "The file cannot be read ({}, line {}{}); nothing was saved.",
                    e.getMessage(),
                    e.line(),
                    e.part() == null ? "" : " of " + e.part());
            return false;
        } catch (IOException e) {
            log.error("The file cannot be read; nothing was saved.");
            return false;
        }
    }
}
