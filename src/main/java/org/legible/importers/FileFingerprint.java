package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
            throw new UncheckedIOException(new IOException("fingerprinting the file failed", e.getCause()));
        }
    }

    private static String sha256Hex(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
