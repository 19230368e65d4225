package org.legible.importers.applehealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Any bytes at all, read by the plain scanner and by the parser it stands in for: when the scanner reads a file, the
 * parser reads it too, with the same records and counts. Anything else it throws is a finding. Seeds:
 * {@code PlainScannerFuzzTestInputs/anyBytes/} (small exports written for the purpose).
 */
class PlainScannerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytes(byte[] file) throws IOException {
        PlainScannerTest.Reading scanner = PlainScannerTest.scanner(file);
        if (scanner.read()) {
            assertThat(PlainScannerTest.parser(file)).isEqualTo(scanner);
        }
    }
}
