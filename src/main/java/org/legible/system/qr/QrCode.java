package org.legible.system.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A link as a QR code, for a phone to read off the person's screen (a share's link, a one-time-code app's set-up):
 * ZXing encodes it, and each dark module becomes a square in one SVG path (no image, so nothing to fetch and nothing
 * the page's CSP refuses). The quiet zone of four modules is part of the drawing.
 */
public record QrCode(int size, String path) {

    public static QrCode of(String link) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("a link too long for a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return new QrCode(matrix.getWidth(), path.toString());
    }
}
