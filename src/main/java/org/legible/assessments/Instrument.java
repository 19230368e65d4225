package org.legible.assessments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The assessments Legible offers, each with the version of its questions that new answers use and its suggested
 * interval (a preference the person can change).
 */
public enum Instrument {
    ACR_2016(Acr2016Screen.VERSION, 30),
    RESTLESS_LEGS(RestlessLegsScreen.VERSION, 90);

    private final String currentVersion;
    private final int suggestedIntervalDays;
    private QuestionnaireDefinition definition;

    Instrument(String currentVersion, int suggestedIntervalDays) {
        this.currentVersion = currentVersion;
        this.suggestedIntervalDays = suggestedIntervalDays;
    }

    /** The code used in URLs and in the message bundle, e.g. {@code acr-2016}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String currentVersion() {
        return currentVersion;
    }

    public int suggestedIntervalDays() {
        return suggestedIntervalDays;
    }

    public synchronized QuestionnaireDefinition definition() {
        if (definition == null) {
            definition = QuestionnaireDefinition.load(currentVersion);
        }
        return definition;
    }

    public static Optional<Instrument> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code().equals(code)).findFirst();
    }

    /** The instrument whose answers a stored version holds. */
    public static Optional<Instrument> byVersion(String version) {
        return Arrays.stream(values())
                .filter(i -> i.currentVersion.equals(version))
                .findFirst();
    }
}
