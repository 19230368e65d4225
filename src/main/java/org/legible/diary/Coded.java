package org.legible.diary;

import java.util.Locale;
import java.util.Optional;

/** A vocabulary enum whose stable code is its lower-case name; labels live in the message bundles. */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
