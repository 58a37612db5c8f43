package org.entente.platform.web;

/** A query parameter or body field has a value that cannot be used (400, naming it and saying why). */
public class InvalidInput extends RuntimeException {

    private final String parameter;

    public InvalidInput(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
