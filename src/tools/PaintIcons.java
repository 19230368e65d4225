import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Paints the app icons under src/main/resources/static/icons from the same shapes as static/favicon.svg (a blue
 * rounded square with a white "L" whose foot turns up), so no image tool is needed: {@code java src/tools/PaintIcons.java}.
 * Maskable icons fill the whole square and keep the glyph inside the central 62%, within the platforms' safe zone.
 */
public class PaintIcons {

    private static final Color BLUE = new Color(0x23, 0x4e, 0x9c);

    public static void main(String[] args) throws IOException {
        File dir = new File("src/main/resources/static/icons");
        dir.mkdirs();
        paint(192, false, new File(dir, "icon-192.png"));
        paint(512, false, new File(dir, "icon-512.png"));
        paint(192, true, new File(dir, "icon-maskable-192.png"));
        paint(512, true, new File(dir, "icon-maskable-512.png"));
        paint(180, true, new File(dir, "apple-touch-icon.png"));
    }

    private static void paint(int size, boolean maskable, File file) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double unit = size / 32.0;
        g.setColor(BLUE);
        if (maskable) {
            g.fillRect(0, 0, size, size);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, 12 * unit, 12 * unit));
        }
        AffineTransform transform = new AffineTransform();
        transform.scale(unit, unit);
        if (maskable) {
            transform.translate(16, 16);
            transform.scale(0.62, 0.62);
            transform.translate(-16, -16);
        }
        g.setTransform(transform);
        g.setColor(Color.WHITE);
        g.fill(new Polygon(new int[] {11, 16, 16, 22, 22, 11}, new int[] {5, 5, 19, 23, 27, 27}, 6));
        g.dispose();
        ImageIO.write(image, "png", file);
    }
}
