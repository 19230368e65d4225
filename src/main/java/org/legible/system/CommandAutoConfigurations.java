package org.legible.system;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In a command ({@code legible.command=true}, set by {@code LegibleApplication.command()}), leaves out the
 * auto-configuration a command never uses: security, sessions, templates, mail, HTTP, JSON mapping and Spring
 * Modulith. A command then starts only the database and the beans its work reaches (docs/benchmarks.md,
 * "Commands"); the server is unchanged. By package, so a Spring Boot upgrade that renames a class cannot bring one
 * back unseen, and a command that needed one fails in CommandsIT.
 */
public final class CommandAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String PROPERTY = "legible.command";

    private static final List<String> LEFT_OUT = List.of(
            "org.springframework.boot.security.",
            "org.springframework.boot.session.",
            "org.springframework.boot.thymeleaf.",
            "org.springframework.boot.mail.",
            "org.springframework.boot.http.",
            "org.springframework.boot.jackson.",
            "org.springframework.boot.webmvc.",
            "org.springframework.boot.servlet.",
            "org.springframework.modulith.");

    private boolean command;

    @Override
    public void setEnvironment(Environment environment) {
        command = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] kept = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < kept.length; i++) {
            String name = autoConfigurationClasses[i];
            kept[i] = !command || name == null || LEFT_OUT.stream().noneMatch(name::startsWith);
        }
        return kept;
    }
}
