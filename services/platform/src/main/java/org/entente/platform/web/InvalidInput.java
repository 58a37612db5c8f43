package org.entente.platform.web;

/** A header, query parameter or body field has a value that cannot be used (400, naming it and saying why). */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
