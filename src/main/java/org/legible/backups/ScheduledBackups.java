package org.legible.backups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.legible.system.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With {@code LEGIBLE_BACKUP_DIR} set, a backup every {@code LEGIBLE_BACKUP_EVERY} (default a day) into that directory,
 * keeping the newest {@code LEGIBLE_BACKUP_KEEP} (default 7) and deleting older ones. Set by whoever runs the server,
 * not on a page: a directory typed into a page could make the server write anywhere it may.
 */
@Component
public class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

    private final Backups backups;
    private final Optional<Path> directory;
    private final Duration every;
    private final int keep;

    ScheduledBackups(
            Backups backups,
            @Value("${legible.backup.directory:}") String directory,
            @Value("${legible.backup.every:1d}") Duration every,
            @Value("${legible.backup.keep:7}") int keep) {
        if (keep < 1) {
            throw new IllegalStateException("LEGIBLE_BACKUP_KEEP must be at least 1, not " + keep);
        }
        this.backups = backups;
        this.directory = directory.isBlank()
                ? Optional.empty()
                : Optional.of(Path.of(directory).toAbsolutePath());
        this.every = every;
        this.keep = keep;
        if (this.directory.isPresent() && !backups.supported()) {
            log.warn(
                    "LEGIBLE_BACKUP_DIR is set, but the data is in PostgreSQL: back it up with PostgreSQL's own tools");
        }
    }

    @Scheduled(fixedDelayString = "${legible.backup.every:1d}", initialDelayString = "${legible.backup.first-after:5m}")
    @SchedulerLock(name = "backups", lockAtMostFor = "PT6H")
    public void onSchedule() {
        if (directory.isPresent() && backups.supported()) {
            try {
                take();
            } catch (RuntimeException e) {
                log.error("The scheduled backup failed: {}", e.getMessage());
            }
        }
    }

    /** Takes one backup into the directory now and deletes the oldest beyond those kept; the new file. */
    public Path take() {
        Path into = directory.orElseThrow(() -> new IllegalStateException("no backup directory is set"));
        try {
            if (!Files.isDirectory(into)) {
                PrivateFiles.createDirectories(into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = into.resolve(backups.fileName());
        backups.copyTo(file);
        List<Path> all = kept();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}", old.getFileName());
            }
        }
        log.info("Backup written: {}", file.getFileName());
        return file;
    }

    /** The backups in the directory, newest first. */
    public List<Path> kept() {
        if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory.get())) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(Backups.PREFIX) && name.endsWith(Backups.SUFFIX);
                    })
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> directory() {
        return directory;
    }

    public Duration every() {
        return every;
    }

    public int keep() {
        return keep;
    }
}
