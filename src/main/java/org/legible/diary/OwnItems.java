package org.legible.diary;

import java.util.List;
import java.util.Map;
import org.legible.accounts.AccountId;

/** A person's own things to track (issue 29). Every call is scoped to one account. */
public interface OwnItems {

    /** Every item, stopped ones too, in the order they were begun. */
    List<OwnItem> all(AccountId account);

    /** The items being tracked now, which each new check-in asks. */
    default List<OwnItem> active(AccountId account) {
        return all(account).stream().filter(i -> !i.stopped()).toList();
    }

    /** Adds an item from today, or says by field what {@link OwnItemRules} refuses. */
    Added add(AccountId account, OwnItemDraft draft);

    /** The item added, or the problems by field. */
    record Added(OwnItem item, Map<String, CheckInRules.Problem> problems) {}

    /** Stops tracking from today; its answers stay. False when no such running item is the person's. */
    boolean stop(AccountId account, String id);

    /**
     * Keeps an item from an export as it was; returns the id it is kept under: its own, or a new one when another
     * account already holds that id (the same file imported by two people on one server).
     */
    String restore(AccountId account, OwnItem item);
}
