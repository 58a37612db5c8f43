package org.entente.platform.history;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Clock;
import java.time.Instant;

/**
 * The two time axes of a read, as query parameters ({@code ?asOf=...&knownAt=...}); bind it with
 * {@code @ParameterObject TimeQuery time} on a read endpoint.
 *
 * @param asOf    effective time: the state as it was true then; default now
 * @param knownAt recorded time: according to what had been recorded by then; default now
 */
public record TimeQuery(
        @Parameter(description = "effective time, ISO-8601 (e.g. 2011-03-24T00:00:00Z); default now")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
        @Parameter(description = "recorded time, ISO-8601; default now")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {

    /** A read of the present: neither axis given. */
    public boolean isNow() {
        return asOf == null && knownAt == null;
    }

    public Perspective perspective(Clock clock) {
        return Perspective.of(asOf, knownAt, clock);
    }
}
