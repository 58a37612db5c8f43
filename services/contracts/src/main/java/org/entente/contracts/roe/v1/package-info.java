/**
 * Version 1 of the rules-of-engagement service's public events, published on
 * {@link org.entente.contracts.Topics#RULES_OF_ENGAGEMENT_V1}.
 * <p>
 * Two kinds of subject: an operation's ROE profile (subject = the operation id, subject type {@code RoeProfile}) and a
 * nation's caveat record in a coalition (subject = {@code <coalitionId>/caveats/<nation>}, subject type
 * {@code NationalCaveats}). Enumerated fields are strings so that a consumer built against an older list keeps
 * reading; their known values are listed on each field. Measure codes refer to the compendium served at
 * {@code GET /compendium} (e.g. {@code 13A}).
 */
package org.entente.contracts.roe.v1;
