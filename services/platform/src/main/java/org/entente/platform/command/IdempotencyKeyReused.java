package org.entente.platform.command;

/** An Idempotency-Key came back with a different request than the one it first answered (422). */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this Idempotency-Key was first used for a different request; use a new key for a new request");
    }
}
