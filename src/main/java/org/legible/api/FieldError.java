package org.legible.api;

/** One problem with one field of a request, named by its path in the JSON body ({@code sites[0].intensity}). */
record FieldError(String field, String message) {}
