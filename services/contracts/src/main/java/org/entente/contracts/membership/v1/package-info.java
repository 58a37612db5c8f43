/**
 * Version 1 of the membership service's public events, published on {@link org.entente.contracts.Topics#MEMBERSHIP_V1}.
 * <p>
 * Enumerated fields are strings so that a consumer built against an older list keeps reading; their known values are
 * listed on each field. Compatible changes (a new optional field, a new enumerated value, a new event type) stay in v1;
 * anything else is v2.
 */
package org.entente.contracts.membership.v1;
