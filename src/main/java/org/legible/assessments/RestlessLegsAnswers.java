package org.legible.assessments;

/**
 * Answers to Legible's restless-legs screen, one per IRLSSG 2014 essential criterion that a person can report
 * (docs/clinical-basis.md, "Screens"), plus the course and clinical-significance specifiers. Each answer may be missing
 * ({@code null}): a screen with missing answers says so rather than guessing.
 *
 * @param urgeToMove criterion 1: an urge to move the legs, usually with uncomfortable sensations
 * @param worseAtRest criterion 2: begins or worsens during rest or inactivity
 * @param reliefByMovement criterion 3: partly or completely relieved by movement, while it continues
 * @param worseEveningOrNight criterion 4: only, or worse, in the evening or at night
 * @param twiceWeeklyOrMore course: untreated symptoms on average at least twice a week over the past year
 * @param fiveOrMoreEpisodesEver course: at least five episodes in a lifetime (for the intermittent course)
 * @param significantImpact clinical significance: real distress or harm to sleep, energy, daily life, mood
 */
public record RestlessLegsAnswers(
        Boolean urgeToMove,
        Boolean worseAtRest,
        Boolean reliefByMovement,
        Boolean worseEveningOrNight,
        Boolean twiceWeeklyOrMore,
        Boolean fiveOrMoreEpisodesEver,
        Boolean significantImpact) {}
