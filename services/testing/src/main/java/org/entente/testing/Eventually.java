package org.entente.testing;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting, boundedly, for what happens asynchronously (the inbox, the relay, a deadline): one way for every test. */
public final class Eventually {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** Polls until {@code condition} holds; fails naming {@code what} after 60 s. */
    public static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(AT_MOST).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}
