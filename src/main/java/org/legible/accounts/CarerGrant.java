package org.legible.accounts;

/** What a carer may do for the person who invited them. */
public enum CarerGrant {
    /** Record check-ins for them, each marked "entered by" the carer. */
    RECORD,
    /** See their diary: today, history, each check-in, patterns and the report. */
    READ
}
