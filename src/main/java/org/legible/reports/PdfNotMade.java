package org.legible.reports;

/**
 * The PDF was not made because it hit one of the renderer's caps (security.md §9: time and page caps). Nothing was
 * sent; the person can try again or choose a shorter period.
 */
public class PdfNotMade extends RuntimeException {

    public enum Reason {
        /** Rendering ran past the time limit and was stopped. */
        TOO_SLOW,
        /** The laid-out report ran past the page limit, so it was not drawn. */
        TOO_MANY_PAGES,
        /** Every renderer was busy and the short queue was full. */
        BUSY
    }

    private final Reason reason;
    private final int limit;

    public PdfNotMade(Reason reason, int limit) {
        super("PDF not made: " + reason + " (limit " + limit + ")");
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    /** The cap that was hit: seconds for {@link Reason#TOO_SLOW}, pages for {@link Reason#TOO_MANY_PAGES}. */
    public int limit() {
        return limit;
    }
}
