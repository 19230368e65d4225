package org.legible.accounts.internal;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code admin EMAIL}: makes the account with that e-mail an administrator too, for whoever runs the server; so the
 * administrator can hand over before deleting their own account, or a lost one be replaced. Any other command line
 * starts Legible as usual and this does nothing.
 */
@Component
class AdminCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminCommand.class);

    private final Accounts accounts;
    private int exitCode;

    AdminCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        if (words.size() != 2) {
            log.error("Usage: admin EMAIL, for an existing account");
            exitCode = 1;
            return;
        }
        Optional<AccountId> account = accounts.findByEmail(words.get(1));
        if (account.isEmpty()) {
            log.error("No account has that e-mail address.");
            exitCode = 1;
            return;
        }
        accounts.makeAdministrator(account.get());
        log.info("Account {} is now an administrator.", account.get().value());
    }
}
