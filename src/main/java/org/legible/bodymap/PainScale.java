package org.legible.bodymap;

/**
 * The pain colour scale every map uses: six steps of one sequential hue, light to dark (ColorBrewer's YlOrBr, which
 * stays in order for every kind of colour blindness and in grey), always drawn with the number on it, so colour is
 * never the only cue. The colours themselves live in legible.css as {@code --pain-0} … {@code --pain-5}.
 */
public final class PainScale {

    private PainScale() {}

    /** "0" for no pain, "1" for 1–2, … "5" for 9–10; "" for anything that is not an intensity (a tick, nothing). */
    public static String level(String intensity) {
        if (intensity == null || intensity.isBlank()) {
            return "";
        }
        try {
            int value = Integer.parseInt(intensity.strip());
            if (value < 0 || value > 10) {
                return "";
            }
            return Integer.toString((value + 1) / 2);
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
