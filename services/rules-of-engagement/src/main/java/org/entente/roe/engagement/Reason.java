package org.entente.roe.engagement;

/**
 * One reason an engagement check does not pass.
 *
 * @param reference what the reason rests on: a measure request id, a caveat id, a basing agreement id... (may be null)
 */
public record Reason(ReasonCode code, String text, String reference) {
}
