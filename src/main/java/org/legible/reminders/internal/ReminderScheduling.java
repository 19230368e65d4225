package org.legible.reminders.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link ReminderSweep} every minute on Spring's scheduler (docs/decisions/0008-reminders-in-the-database.md). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderScheduling {}
