package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file ahead on a thread of its own, fingerprinting it (SHA-256) as it goes, and hands the bytes on in
 * blocks. Reading and hashing a large export then run on a second core beside the parsing instead of before it.
 * Memory is bounded: at most {@value #QUEUED} blocks of {@value #BLOCK} bytes wait at any time.
 */
final class FingerprintingReadAhead extends InputStream {

    static final int BLOCK = 1 << 16;
    static final int QUEUED = 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(QUEUED);
    // Blocks handed back once read, so a gigabyte passes through a few dozen buffers instead of sixteen thousand.
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(QUEUED + 2);
    private final MessageDigest sha256;
    private final Thread reader;
    private volatile IOException failure;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;
    private long consumed;

    FingerprintingReadAhead(InputStream file) {
        this.sha256 = sha256();
        this.reader = new Thread(() -> readAll(file), "import-read-ahead");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void readAll(InputStream file) {
        try {
            while (true) {
                byte[] block = spare.poll();
                if (block == null) {
                    block = new byte[BLOCK];
                }
                int n = file.readNBytes(block, 0, BLOCK);
                if (n == 0) {
                    break;
                }
                if (n < BLOCK) {
                    block = java.util.Arrays.copyOf(block, n); // the last block: its length says where the file ends
                }
                sha256.update(block);
                blocks.put(block);
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            return; // closed early: nobody is waiting for the rest
        } catch (RuntimeException | Error e) {
            // Whatever else the file's stream throws must still end the wait below, or the importer waits for ever.
            failure = new IOException("reading the file failed", e);
        }
        try {
            blocks.put(END);
        } catch (InterruptedException ignored) {
            // closed early
        }
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        consumed++;
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        consumed += n;
        return n;
    }

    /** Bytes handed on so far, for a progress bar. */
    long consumed() {
        return consumed;
    }

    /** The fingerprint of the whole file; only once every byte has been read. */
    String sha256Hex() {
        if (!ended || failure != null) {
            throw new IllegalStateException("the file has not been read to its end");
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private boolean fill() throws IOException {
        while (position == current.length) {
            if (ended) {
                return false;
            }
            if (current.length == BLOCK) {
                spare.offer(current);
            }
            try {
                current = blocks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("import interrupted");
            }
            position = 0;
            if (current == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                return false;
            }
        }
        return true;
    }

    /** Stops reading ahead; the file itself is the caller's to close. */
    @Override
    public void close() {
        reader.interrupt();
    }

    /** A new SHA-256 digest; also {@link FileFingerprint}'s. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
