package org.legible.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintingReadAheadTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                0,
                1,
                FingerprintingReadAhead.BLOCK - 1,
                FingerprintingReadAhead.BLOCK,
                FingerprintingReadAhead.BLOCK + 1,
                3_000_017
            })
    void hands_on_every_byte_in_order_and_fingerprints_the_whole_file(int size) throws Exception {
        byte[] file = new byte[size];
        new Random(size).nextBytes(file);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (FingerprintingReadAhead in = new FingerprintingReadAhead(new ByteArrayInputStream(file))) {
            if (size > 0) {
                copy.write(in.read()); // one byte alone, then the rest in whatever pieces
            }
            byte[] buffer = new byte[777];
            for (int n = in.read(buffer, 0, buffer.length); n >= 0; n = in.read(buffer, 0, buffer.length)) {
                copy.write(buffer, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
            assertThat(copy.toByteArray()).isEqualTo(file);
            assertThat(in.consumed()).isEqualTo(size);
            assertThat(in.sha256Hex())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // without the fix this waits for ever; the guard keeps the suite going
    void a_file_whose_stream_throws_anything_else_still_fails_the_reader_instead_of_leaving_it_waiting() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("a bug in a stream beneath");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return read();
            }
        };
        FingerprintingReadAhead in = new FingerprintingReadAhead(broken);
        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOf(IOException.class)
                .hasRootCauseMessage("a bug in a stream beneath");
        in.close();
    }

    @Test
    void a_file_that_fails_part_way_fails_the_reader_after_the_bytes_before_it() {
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    throw new IOException("disk gone");
                }
                int n = Math.min(length, Math.min(left, 1000));
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        FingerprintingReadAhead in = new FingerprintingReadAhead(failing);
        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOf(IOException.class)
                .hasMessage("disk gone");
        assertThatThrownBy(in::sha256Hex).isInstanceOf(IllegalStateException.class);
        in.close();
    }

    @Test
    void closed_before_the_end_it_stops_reading_ahead() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'y');
                return length;
            }
        };
        FingerprintingReadAhead in = new FingerprintingReadAhead(endless);
        assertThat(in.read()).isEqualTo('y');
        in.close();
        Thread reader = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("import-read-ahead"))
                .findFirst()
                .orElse(null);
        if (reader != null) {
            reader.join(10_000);
            assertThat(reader.isAlive()).isFalse();
        }
    }
}
