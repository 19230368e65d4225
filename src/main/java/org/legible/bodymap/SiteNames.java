package org.legible.bodymap;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** A site's name in words ("left heel"), the same on every page, export and report: {@code site.name} of its parts. */
public final class SiteNames {

    private SiteNames() {}

    public static String of(BodySite site, MessageSource messages, Locale locale) {
        return messages.getMessage(
                "site.name",
                new Object[] {
                    messages.getMessage("side." + site.side().code(), null, locale),
                    messages.getMessage("region." + site.region().code(), null, locale)
                },
                locale);
    }
}
