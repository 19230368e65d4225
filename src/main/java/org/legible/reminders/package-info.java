/**
 * Reminders that bring a person back without nagging (issue 25): on the days and at the times they choose, only when
 * nothing is recorded yet for that diary day, by Web Push, e-mail or a private calendar feed. Reminders are rows in
 * the database, claimed once, so a restart or a second server never sends one twice
 * (docs/decisions/0008-reminders-in-the-database.md). A notification never carries health data: during an experiment
 * in blocks it says which block the day is in (block 2 of 4, new today), never what the block asks for.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "diary",
            "experiments",
            "system :: mail",
            "system :: secrets",
            "system :: sql"
        })
package org.legible.reminders;
