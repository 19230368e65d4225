package org.legible.demo;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Diary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code demo EMAIL [--days=N] [--seed=S]}: fills the existing account with that e-mail with a demo diary ending
 * today. It refuses an account that already has check-ins, so a demo never mixes with a real diary. Any other
 * command line starts Legible as usual and this does nothing.
 */
@Component
class DemoCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "demo";
    static final int MAX_DAYS = 3650;
    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);

    private final Accounts accounts;
    private final Diary diary;
    private Outcome outcome = Outcome.NOT_RUN;

    enum Outcome {
        NOT_RUN,
        FILLED,
        REFUSED
    }

    DemoCommand(Accounts accounts, Diary diary) {
        this.accounts = accounts;
        this.diary = diary;
    }

    static boolean requested(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    Outcome outcome() {
        return outcome;
    }

    /** Non-zero when the command was refused, so scripts can tell. */
    @Override
    public int getExitCode() {
        return outcome == Outcome.REFUSED ? 1 : 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        outcome = fill(words, args);
    }

    private Outcome fill(List<String> words, ApplicationArguments args) {
        if (words.size() != 2) {
            log.error("Usage: demo EMAIL [--days=N] [--seed=S], for an existing account without check-ins");
            return Outcome.REFUSED;
        }
        Optional<Integer> days = number(args, "days", DemoDiary.DEFAULT_DAYS);
        Optional<Long> seed = number(args, "seed", (int) DemoDiary.DEFAULT_SEED).map(Integer::longValue);
        if (days.isEmpty() || days.get() < 1 || days.get() > MAX_DAYS || seed.isEmpty()) {
            log.error("--days must be a whole number from 1 to {}, and --seed a whole number", MAX_DAYS);
            return Outcome.REFUSED;
        }
        Optional<AccountId> account = accounts.findByEmail(words.get(1));
        if (account.isEmpty()) {
            log.error("No account has that e-mail address. Sign up first, then run the demo command.");
            return Outcome.REFUSED;
        }
        if (diary.hasCheckIns(account.get())) {
            log.error("Account {} already has check-ins; the demo only fills an empty account.", account.get());
            return Outcome.REFUSED;
        }
        List<CheckInDetails> checkIns = DemoDiary.generate(diary.today(account.get()), days.get(), seed.get());
        checkIns.forEach(details -> diary.record(account.get(), details));
        log.info(
                "Demo diary: {} check-ins over {} days recorded for account {}",
                checkIns.size(),
                days.get(),
                account.get());
        return Outcome.FILLED;
    }

    private static Optional<Integer> number(ApplicationArguments args, String name, int fallback) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return Optional.of(fallback);
        }
        try {
            return Optional.of(Integer.parseInt(values.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
