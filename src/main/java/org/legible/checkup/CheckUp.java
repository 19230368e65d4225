package org.legible.checkup;

import java.time.Instant;
import java.util.List;
import org.legible.insights.patterns.Mechanism;

/**
 * One check-up: unfinished (saved to resume) or finished, with its answers as given. A finished one keeps the
 * mechanisms its result named and the rule version that named them.
 */
public record CheckUp(
        CheckUpId id,
        Instant startedAt,
        Instant updatedAt,
        Instant completedAt,
        Integer ruleVersion,
        List<Mechanism> mechanisms,
        CheckUpAnswers answers) {

    public CheckUp {
        mechanisms = List.copyOf(mechanisms);
    }

    public boolean finished() {
        return completedAt != null;
    }

    public CheckUpResult result() {
        return CheckUpResult.of(answers);
    }
}
