package org.legible.assessments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment as stored: which instrument version was answered, the answers exactly as given, and whether it
 * is finished. {@code day} is the diary day it describes (the past week ends on it).
 */
public record Assessment(
        AssessmentId id,
        Instrument instrument,
        String version,
        boolean complete,
        LocalDate day,
        Instant startedAt,
        Instant updatedAt,
        Instant completedAt,
        AnswerSheet answers) {

    public Acr2016Result acr2016Result() {
        return Acr2016Screen.score(answers.acr2016());
    }

    public RestlessLegsScreen.Result restlessLegsResult() {
        return RestlessLegsScreen.screen(answers.restlessLegs());
    }
}
