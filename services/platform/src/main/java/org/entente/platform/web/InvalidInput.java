package org.entente.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Headers, query parameters or body fields with values that cannot be used (400, naming each and saying why). */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> reasons;

    public InvalidInput(String field, String reason) {
        this(Map.of(field, reason));
    }

    /** @param reasons why each field is refused, in the order to report them */
    public InvalidInput(Map<String, String> reasons) {
        super(String.join("; ", reasons.values()));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.reasons = new LinkedHashMap<>(reasons);
    }

    /** The first field named. */
    public String field() {
        return reasons.keySet().iterator().next();
    }

    public Map<String, String> reasons() {
        return reasons;
    }
}
