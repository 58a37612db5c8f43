package org.entente.platform.inbox;

/** An event that can never be processed (malformed, of an unknown schema): it goes to the dead-letter topic. */
public class Poison extends RuntimeException {

    public Poison(String reason) {
        super(reason);
    }

    public Poison(String reason, Throwable cause) {
        super(reason, cause);
    }
}
