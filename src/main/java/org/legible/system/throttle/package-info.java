/**
 * Limits on how often something may happen per key, kept in the database so that several servers count together:
 * {@link org.legible.system.throttle.Lockout} (failures lock a key for a while) and
 * {@link org.legible.system.throttle.RequestBudget} (at most so many requests in any window).
 */
@org.springframework.modulith.NamedInterface("throttle")
package org.legible.system.throttle;
