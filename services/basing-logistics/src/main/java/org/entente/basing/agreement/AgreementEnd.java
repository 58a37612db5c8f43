package org.entente.basing.agreement;

import java.time.Instant;

/** The deadline of a basing agreement's validity: at {@code validUntil} an agreement in force expires by itself. */
public record AgreementEnd(String agreementId, Instant validUntil) {

    public static final String DEADLINE = "agreement-end";
}
