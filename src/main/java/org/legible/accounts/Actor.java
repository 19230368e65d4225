package org.legible.accounts;

/**
 * Who is doing what a page does: the signed-in person for themselves ({@code carer} null), or a carer for the person
 * they help, named as that person named them. A controller declares it as a parameter to mark what a carer entered.
 */
public record Actor(String carer) {

    public static Actor self() {
        return new Actor(null);
    }

    public boolean helping() {
        return carer != null;
    }
}
