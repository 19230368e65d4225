package org.legible.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's locale from Accept-Language, reduced to what Legible can show: a language it has text in (English
 * today) and a real country (which picks date formats), nothing else. Anyone can send any header, and pages and
 * caches keyed by locale (library.Library, diary.web.BlankCheckInSections) then meet only these few values instead
 * of whatever was sent. The bean's name makes it the one Spring MVC uses.
 */
@Component("localeResolver")
class SupportedLocales implements LocaleResolver {

    static final List<String> LANGUAGES = List.of("en");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        List<Locale> asked =
                request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        Locale chosen = asked.stream()
                .filter(locale -> LANGUAGES.contains(locale.getLanguage()))
                .findFirst()
                .orElse(asked.isEmpty() ? Locale.ENGLISH : asked.get(0));
        String language = LANGUAGES.contains(chosen.getLanguage()) ? chosen.getLanguage() : LANGUAGES.get(0);
        String country = COUNTRIES.contains(chosen.getCountry()) ? chosen.getCountry() : "";
        return new Locale.Builder().setLanguage(language).setRegion(country).build();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the locale follows the browser's Accept-Language");
    }
}
