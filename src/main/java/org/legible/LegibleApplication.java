package org.legible;

import java.util.Arrays;
import java.util.stream.Stream;
import org.legible.backups.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegibleApplication {

    public static void main(String[] args) {
        if (args.length > 0 && RestoreCommand.COMMAND.equals(args[0])) {
            // Replaces the database, so nothing of the application may have it open: only configuration is read.
            System.exit(RestoreCommand.run(args));
        }
        if (args.length > 0 && ("demo".equals(args[0]) || "import".equals(args[0]) || "admin".equals(args[0]))) {
            // A command, not a server: fill the demo diary (org.legible.demo), import a file
            // (org.legible.importers) or make an account administrator (org.legible.accounts) and exit. The web layer
            // still starts
            // (its beans are part of the application), but only on a free loopback port nobody is told about.
            String[] command = Stream.concat(
                            Arrays.stream(args), Stream.of("--server.port=0", "--server.address=127.0.0.1"))
                    .toArray(String[]::new);
            System.exit(SpringApplication.exit(SpringApplication.run(LegibleApplication.class, command)));
        }
        SpringApplication.run(LegibleApplication.class, args);
    }
}
