package org.legible.importers;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.legible.accounts.AccountEvents;
import org.legible.accounts.AccountId;
import org.legible.system.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every uploaded file on its way to an import lives in one directory ({@code LEGIBLE_UPLOAD_DIR}, default
 * {@code uploads} in the data directory; several servers share one): the servlet's own parts while a request is
 * received ({@code incoming}), and the copy kept for a mapping page or a queued import, named by its account. Each
 * person may have at most {@code LEGIBLE_UPLOAD_FILES} such copies and {@code LEGIBLE_UPLOAD_BYTES} in all; files that
 * nothing waits for are deleted at start-up and every quarter hour (importers.internal.UploadSweep), so a crash or a kill leaves
 * nothing behind for long, and a person's files go the moment the account is deleted.
 */
@Component
public class StagedFiles {

    private static final Logger log = LoggerFactory.getLogger(StagedFiles.class);

    /** A person already has as many files waiting as they may. */
    public static final class TooManyWaitingException extends Exception {
        TooManyWaitingException() {
            super("too many files waiting");
        }
    }

    private final Path directory;
    private final Path incoming;
    private final int maxFiles;
    private final long maxBytes;

    StagedFiles(
            @Value("${legible.uploads.directory:}") String directory,
            @Value("${legible.data-dir:data}") String dataDir,
            @Value("${legible.uploads.per-account-files:5}") int maxFiles,
            @Value("${legible.uploads.per-account-bytes:4GB}") DataSize maxBytes) {
        this.directory = (directory.isBlank() ? Path.of(dataDir, "uploads") : Path.of(directory)).toAbsolutePath();
        this.incoming = this.directory.resolve("incoming");
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes.toBytes();
        prepare();
    }

    /**
     * Copies the upload to a file of the person's that the caller then owns (and deletes, or hands to an import job
     * that does); refused when it would take the person past their files or bytes.
     */
    public Path keep(AccountId account, MultipartFile file) throws IOException, TooManyWaitingException {
        int waiting = 0;
        long bytes = file.getSize();
        for (Path path : filesOf(account)) {
            try {
                bytes += Files.size(path);
                waiting++;
            } catch (NoSuchFileException finished) {
                // An import job finished with it between the listing and now: it no longer waits.
            }
        }
        if (waiting >= maxFiles || bytes > maxBytes) {
            throw new TooManyWaitingException();
        }
        Path copy = directory.resolve(prefix(account) + UUID.randomUUID() + ".upload");
        try {
            file.transferTo(copy);
            return copy;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    public Path directory() {
        return directory;
    }

    public Path incoming() {
        return incoming;
    }

    /** The name a kept file is known by in the database: its name in the directory. */
    public String storedAs(Path file) {
        if (!file.toAbsolutePath().getParent().equals(directory)) {
            throw new IllegalArgumentException("not a file of the upload directory");
        }
        return file.getFileName().toString();
    }

    /** The kept file of that name; names come from {@link #storedAs}, never from a request. */
    public Path file(String storedAs) {
        Path file = directory.resolve(storedAs).normalize();
        if (!directory.equals(file.getParent())) {
            throw new IllegalArgumentException("not a file of the upload directory");
        }
        return file;
    }

    public void delete(String storedAs) {
        delete(file(storedAs));
    }

    /** How many files a person may have waiting at once, for the message that says so. */
    public int maxFiles() {
        return maxFiles;
    }

    @EventListener
    void accountDeleted(AccountEvents.AccountDeleted event) {
        for (Path file : filesOf(event.accountId())) {
            delete(file);
        }
    }

    private List<Path> filesOf(AccountId account) {
        String prefix = prefix(account);
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String prefix(AccountId account) {
        return account.value() + "-";
    }

    private void prepare() {
        try {
            PrivateFiles.createDirectories(incoming); // the data directory too, if this is the first to need it
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload directory " + directory, e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file.getFileName());
        }
    }

    /** The servlet writes the parts of an upload it is receiving into {@code incoming}, swept likewise. */
    @Configuration(proxyBeanMethods = false)
    static class Receiving {

        @Bean
        MultipartConfigElement multipartConfigElement(MultipartProperties properties, StagedFiles staged) {
            properties.setLocation(staged.incoming.toString());
            return properties.createMultipartConfig();
        }
    }
}
