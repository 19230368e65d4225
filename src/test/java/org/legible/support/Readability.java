package org.legible.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch–Kincaid grade level of English text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Grade 7
 * is about a 12-year-old. Syllables are counted by the usual vowel-group rule (a trailing silent "e" is dropped),
 * which is close enough to rank texts and catch long, dense ones. Message placeholders such as {0} count as one
 * short word.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?:\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private Readability() {}

    public static double grade(String text) {
        List<String> sentences = sentences(text);
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        return 0.39 * words.size() / Math.max(1, sentences.size()) + 11.8 * syllables / words.size() - 15.59;
    }

    /** The number of words in the longest sentence: long sentences are what tired readers lose track of. */
    public static int longestSentence(String text) {
        return sentences(text).stream().mapToInt(s -> words(s).size()).max().orElse(0);
    }

    static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(plain(text)))
                .filter(s -> WORD.matcher(s).find())
                .toList();
    }

    static List<String> words(String text) {
        Matcher matcher = WORD.matcher(plain(text));
        List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static int syllables(String word) {
        String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty() || letters.length() <= 3) {
            return 1;
        }
        String trimmed = letters.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "")
                .replaceAll("^y", "");
        Matcher groups = VOWEL_GROUP.matcher(trimmed);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static String plain(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("5");
    }
}
