package org.legible;

import java.util.List;
import java.util.Map;
import org.legible.backups.RestoreCommand;
import org.legible.system.CommandComponents;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegibleApplication {

    /**
     * Commands that do their work and exit (fill the demo diary, import a file, make an administrator), each with the
     * modules it uses: its own and every module that one depends on, in turn (CommandModulesTest); none named, all.
     */
    static final Map<String, List<String>> COMMANDS = Map.of(
            "demo", List.of(),
            "import", List.of("importers", "accounts", "diary", "bodymap", "system"),
            "admin", List.of("accounts", "system"));

    public static void main(String[] args) {
        if (args.length > 0 && RestoreCommand.COMMAND.equals(args[0])) {
            // Replaces the database, so nothing of the application may have it open: only configuration is read.
            System.exit(RestoreCommand.run(args));
        }
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            System.exit(SpringApplication.exit(command(COMMANDS.get(args[0])).run(args)));
        }
        SpringApplication.run(LegibleApplication.class, args);
    }

    /**
     * The application as a command (org.legible.demo, org.legible.importers, org.legible.accounts): no web server, and
     * every bean made only when the command needs it, nor the auto-configuration only the server uses
     * ({@code system.CommandAutoConfigurations}), so start-up costs what the command uses (docs/benchmarks.md,
     * "Commands"); and no scheduled job (reminders, backups, the upload sweep) runs beside it
     * ({@code system.ScheduledJobs}), so a command run beside a server never sweeps away its uploads. Only the
     * classes of the {@code modules} it uses are scanned ({@code system.CommandComponents}).
     */
    static SpringApplication command(List<String> modules) {
        // Boot warms up validation, JSON and conversions on a second thread for the requests to come; a command has
        // none.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        return new SpringApplicationBuilder(LegibleApplication.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                // Migrated only when the database is behind this version (system.CommandMigrations).
                .properties("legible.command=true", "spring.flyway.enabled=false")
                .initializers(context -> {
                    if (!modules.isEmpty()) {
                        context.getBeanFactory().registerSingleton("commandComponents", new CommandComponents(modules));
                    }
                })
                .build();
    }
}
