package org.legible.system.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The drawn QR code reads back as the link: its path is turned into pixels and decoded as a camera would. */
class QrCodeTest {

    @Test
    void the_drawing_decodes_to_the_link_it_was_made_from() throws Exception {
        String link = "https://legible.example.org/shared/" + "Ab3_-x".repeat(7) + "Q";
        QrCode qr = QrCode.of(link);

        int scale = 4;
        int side = qr.size() * scale;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(qr.path());
        int dark = 0;
        while (module.find()) {
            dark++;
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * side + x * scale + dx] = 0xFF000000;
                }
            }
        }
        assertThat(dark).isPositive();
        String read = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
                .getText();
        assertThat(read).isEqualTo(link);
    }
}
