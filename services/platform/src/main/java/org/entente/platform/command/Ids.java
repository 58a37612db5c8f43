package org.entente.platform.command;

import java.util.UUID;

/** Identifiers for new records: random UUIDs, assigned by the service, never reused. */
public final class Ids {

    /** What an id in a request path must look like (ours are UUIDs); anything else is a 400, not a lookup. */
    public static final String PATTERN = "[A-Za-z0-9-]{1,64}";

    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
