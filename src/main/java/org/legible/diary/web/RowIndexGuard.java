package org.legible.diary.web;

import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refuses a crafted row parameter (such as {@code sites[100000].code}, or a nested name the form never sends) with
 * 400 before binding, which would otherwise fail deep inside the binder. The form's own rows stay far below the cap.
 */
final class RowIndexGuard {

    static final int MAX_ROW_INDEX = 63;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]");
    private static final Pattern ROW_FIELD = Pattern.compile("[a-zA-Z]+\\[\\d{1,2}]\\.[a-zA-Z]+");

    private RowIndexGuard() {}

    static void check(Iterator<String> parameterNames) {
        while (parameterNames.hasNext()) {
            String name = parameterNames.next();
            Matcher matcher = INDEX.matcher(name);
            while (matcher.find()) {
                if (Integer.parseInt(matcher.group(1)) > MAX_ROW_INDEX) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "row index out of range");
                }
            }
            if (name.contains("[") && !ROW_FIELD.matcher(name).matches()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unexpected field");
            }
        }
    }
}
