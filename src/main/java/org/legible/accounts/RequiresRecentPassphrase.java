package org.legible.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page that hands out or changes a person's whole record (a full export, later sharing): it asks for the
 * passphrase again unless it was entered in this session within {@link #MINUTES} minutes. Staying signed in on a
 * device never counts as entering it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRecentPassphrase {

    int MINUTES = 10;
}
