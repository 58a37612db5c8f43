package org.entente.platform.decision;

/** A request header has a value that cannot be accepted (answered 400, naming the header). */
public class InvalidRequestHeader extends RuntimeException {

    private final String header;

    public InvalidRequestHeader(String header, String reason) {
        super(reason);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
