/**
 * Version 1 of the basing-logistics service's public events, published on
 * {@link org.entente.contracts.Topics#BASING_LOGISTICS_V1}.
 * <p>
 * Four kinds of subject, each an aggregate of its own: a basing agreement (subject = agreement id, subject type
 * {@code BasingAgreement}), a diplomatic clearance ({@code DiplomaticClearance}), a supply route ({@code SupplyRoute})
 * and a sustainment request ({@code SustainmentRequest}). Every basing-agreement event begins with the agreement's
 * full current view (agreementId, coalitionId, hostNation, site, status, permittedActivities, validUntil, validFrom),
 * so that a consumer can upsert it from any one event; only status {@code IN_FORCE} permits anything, and only from
 * validFrom until validUntil. Clearance events likewise
 * begin with the clearance's identity and status. Enumerated fields are strings so that a consumer built against an
 * older list keeps reading; their known values are listed on each field. Activities: LOGISTICS, ISR, STRIKE,
 * AIR_DEFENCE, AIR_REFUELLING, MARITIME_PATROL, SPECIAL_OPERATIONS, MEDICAL_EVACUATION, TRAINING.
 */
package org.entente.contracts.basing.v1;
