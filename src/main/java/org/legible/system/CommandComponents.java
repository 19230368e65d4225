package org.legible.system;

import java.util.List;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * In a command, leaves out of the component scan every class outside the modules the command uses and every class
 * of a web part ({@code …web…} packages). Lazy creation already kept those beans from being made, but Spring still
 * loads each scanned class and reads its methods to match types (runners, event listeners), which was most of a
 * command's start (docs/benchmarks.md, "Commands, end to end"). Registered by {@code LegibleApplication.command()};
 * the server scans everything.
 */
public final class CommandComponents extends TypeExcludeFilter {

    private static final String ROOT = "org.legible.";

    private final List<String> packages;

    /** The modules the command uses, by their package under {@code org.legible} ("importers", "accounts"). */
    public CommandComponents(List<String> modules) {
        this.packages = modules.stream().map(module -> ROOT + module + ".").toList();
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        String name = reader.getClassMetadata().getClassName();
        return name.contains(".web.") || packages.stream().noneMatch(name::startsWith);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommandComponents that && packages.equals(that.packages);
    }

    @Override
    public int hashCode() {
        return packages.hashCode();
    }
}
