package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The SHA-256 of a file on disk that names an import, worked out on a thread of its own while the file is parsed
 * (for a stream, {@link FingerprintingReadAhead} does it as the bytes pass).
 */
final class FileFingerprint {

    private FileFingerprint() {}

    static CompletableFuture<String> start(Path file) {
        CompletableFuture<String> fingerprint = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        fingerprint.complete(sha256Hex(file));
                    } catch (Throwable e) {
                        fingerprint.completeExceptionally(e);
                    }
                },
                "import-fingerprint");
        thread.setDaemon(true);
        thread.start();
        return fingerprint;
    }

    static String await(CompletableFuture<String> fingerprint) throws IOException {
        try {
            return fingerprint.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("fingerprinting the file failed", e.getCause());
        }
    }

    private static String sha256Hex(Path file) throws IOException {
        MessageDigest sha256 = FingerprintingReadAhead.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
