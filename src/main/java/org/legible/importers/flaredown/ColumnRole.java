package org.legible.importers.flaredown;

/** What one Flaredown column becomes, as the person chooses on the mapping page. */
public enum ColumnRole {
    /** A condition or symptom, kept as the person's own tracked item on Flaredown's 0 to 4 scale. */
    RATING,
    /** A treatment taken, kept as a medication with its dose as written. */
    MEDICATION,
    /** A treatment done, kept as a strategy with what was written. */
    STRATEGY,
    /** Each tag (or food) of the day, kept as a trigger. */
    TRIGGER,
    LEAVE_OUT;

    /** The roles a column may take: a list column cannot be a rating or a treatment. */
    public boolean fits(FlaredownLayout layout, int column) {
        if (this == LEAVE_OUT) {
            return true;
        }
        return layout.isList(column) == (this == TRIGGER);
    }
}
