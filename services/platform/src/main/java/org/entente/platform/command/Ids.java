package org.entente.platform.command;

import java.util.UUID;

/** Identifiers for new records: random UUIDs, assigned by the service, never reused. */
public final class Ids {

    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
