package org.legible.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.patterns.Mechanism;
import org.legible.support.Readability;

/**
 * The library's text, read as a tired reader would: every page plain (grade 7, about a 12-year-old, at most; no
 * sentence over 25 words), with its sources, and every link inside it leading to a page and section that exist.
 */
class LibraryTextTest {

    private final Library library = new Library();

    private static final Pattern SOURCES = Pattern.compile("<section class=\"sources\".*?</section>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"/library/([a-z-]+)(?:#([a-z_-]+))?\"");

    /** The words a reader reads: tags gone, and each heading, paragraph or list item ending its sentence. */
    private static String readable(String html) {
        String text = SOURCES.matcher(html).replaceAll("");
        text = text.replaceAll("</(p|li|h2|dt|dd)>", ". ").replaceAll("<[^>]+>", " ");
        return text.replaceAll("\\.\\s*\\.", ".").replace("&quot;", "\"");
    }

    private String text(LibraryPage page) {
        return library.text(page, Locale.ENGLISH);
    }

    @Test
    void every_page_reads_plainly_and_names_its_sources() {
        for (LibraryPage page : LibraryPage.values()) {
            String html = text(page);
            assertThat(html).as(page.slug()).contains("<section class=\"sources\"", "<li>");
            String words = readable(html);
            assertThat(Readability.grade(words)).as(page.slug()).isLessThanOrEqualTo(7.0);
            assertThat(Readability.longestSentence(words)).as(page.slug()).isLessThanOrEqualTo(25);
        }
    }

    @Test
    void every_link_between_pages_leads_to_a_page_and_section_that_exist() {
        int links = 0;
        for (LibraryPage page : LibraryPage.values()) {
            Matcher link = LINK.matcher(text(page));
            while (link.find()) {
                links++;
                LibraryPage target = LibraryPage.bySlug(link.group(1)).orElse(null);
                assertThat(target)
                        .as("%s links to %s", page.slug(), link.group())
                        .isNotNull();
                if (link.group(2) != null) {
                    assertThat(text(target)).as(link.group()).contains("id=\"" + link.group(2) + "\"");
                }
            }
        }
        assertThat(links).as("the pages point to each other").isGreaterThan(10);
    }

    @Test
    void every_mechanism_and_every_strategy_has_its_place_in_the_library() {
        for (Mechanism mechanism : Mechanism.values()) {
            String address = LibraryPage.addressOf(mechanism);
            Matcher link = LINK.matcher("href=\"" + address + "\"");
            assertThat(link.matches()).as(address).isTrue();
            LibraryPage page = LibraryPage.bySlug(link.group(1)).orElseThrow();
            if (link.group(2) != null) {
                assertThat(text(page)).contains("id=\"" + link.group(2) + "\"");
            }
        }
        String strategies = text(LibraryPage.STRATEGIES);
        for (Strategy strategy : Strategy.values()) {
            assertThat(strategies).as(strategy.code()).contains("id=\"" + strategy.code() + "\"");
        }
    }

    @Test
    void the_myth_about_tender_points_in_the_feet_is_corrected() {
        assertThat(text(LibraryPage.MYTHS))
                .contains("None of them is in the feet. The lowest is on the inside of the knee.");
    }

    @Test
    void a_language_without_a_translation_reads_the_english_page() {
        assertThat(library.text(LibraryPage.SLEEP, Locale.GERMAN)).isEqualTo(text(LibraryPage.SLEEP));
    }
}
