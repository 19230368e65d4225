package org.legible.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page a carer may open for the person they help when they hold this grant: there, the page's
 * {@link AccountId} is that person's. While helping someone, every other page that takes an {@link AccountId} is
 * refused (accounts.web.HelpingInterceptor), so no page shows or changes the person's things by accident.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ForCarers {

    CarerGrant value();
}
