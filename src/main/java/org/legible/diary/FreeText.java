package org.legible.diary;

/**
 * Text a person or a program typed, as Legible keeps it: without control characters other than tab and line breaks.
 * They cannot be seen or typed on a keyboard, a NUL makes a FHIR file invalid, and some spreadsheets stop reading
 * at one, so they are dropped wherever text enters and again wherever it leaves.
 */
public final class FreeText {

    private FreeText() {}

    /** The text without NUL, the other C0 controls but tab, line feed and carriage return, and DEL. */
    public static String withoutControlCharacters(String text) {
        if (text == null || text.chars().noneMatch(FreeText::isDropped)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isDropped(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isDropped(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
