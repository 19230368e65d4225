package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Whatever a browser (or anyone) sends as Accept-Language, pages see one of the few locales Legible supports. */
class SupportedLocalesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-GB                     | en-GB",
                "en-US,en;q=0.9            | en-US",
                "de-DE,en-GB;q=0.8         | en-GB",
                "de-DE                     | en-DE",
                "qqq-QQ-x-anything         | en",
                "en-Latn-GB-u-ca-buddhist  | en-GB",
                "*                         | en",
                "''                        | en"
            })
    void the_locale_is_a_supported_language_and_a_real_country_at_most(String header, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (!header.isEmpty()) {
            request.addHeader("Accept-Language", header);
        }
        request.setPreferredLocales(java.util.Collections.list(request.getLocales()));

        Locale resolved = new SupportedLocales().resolveLocale(request);

        assertThat(resolved.toLanguageTag()).isEqualTo(expected);
    }
}
