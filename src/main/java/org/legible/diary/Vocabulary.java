package org.legible.diary;

/** The check-in vocabulary of product.md. Codes are stable API. */
public final class Vocabulary {

    private Vocabulary() {}

    public enum TimeOfDay implements Coded {
        MORNING,
        AFTERNOON,
        EVENING,
        NIGHT
    }

    public enum PainContext implements Coded {
        AT_REST,
        SITTING,
        STANDING,
        WALKING,
        LYING_IN_BED,
        AFTER_ACTIVITY
    }

    public enum WokeBy implements Coded {
        LEG_PAIN,
        CRAMPS,
        RESTLESS_LEGS,
        OTHER
    }

    /** Self-management strategies. Medication has its own rows (name, dose, unit, schedule). */
    public enum Strategy implements Coded {
        STRETCHING,
        LOW_IMPACT_EXERCISE,
        HEAT,
        MASSAGE,
        MEDICATION,
        SLEEP_ROUTINE,
        HYDRATION,
        DIET,
        REST_PACING,
        COMPRESSION,
        ELEVATION,
        FOOTWEAR_INSOLES,
        RELAXATION,
        PHYSIOTHERAPY
    }

    public enum Helped implements Coded {
        WORSE,
        NO_CHANGE,
        A_LITTLE,
        A_LOT
    }

    public enum MedicationSchedule implements Coded {
        SCHEDULED,
        AS_NEEDED
    }

    public enum Trigger implements Coded {
        LONG_STANDING,
        LONG_SITTING,
        LONG_WALKING,
        OVEREXERTION,
        POOR_SLEEP,
        COLD,
        HEAT,
        WEATHER_CHANGE,
        STRESS,
        ILLNESS,
        MENSTRUAL_CYCLE,
        TRAVEL
    }
}
