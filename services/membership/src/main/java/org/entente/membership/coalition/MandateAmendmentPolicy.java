package org.entente.membership.coalition;

import org.entente.platform.domain.RuleViolation;

import java.util.Set;

/**
 * The classification of a mandate amendment must match what it changes. This is what keeps mission creep visible:
 * objectives cannot be added under any label but EXPANSION.
 */
final class MandateAmendmentPolicy {

    private MandateAmendmentPolicy() {
    }

    static void check(Mandate current, AmendMandate amendment) {
        Mandate proposed = amendment.mandate();
        if (proposed.equals(current) && amendment.legalBasis() == null) {
            throw new RuleViolation("an-amendment-changes-the-mandate", "the proposed mandate is the current one");
        }
        Set<String> added = proposed.objectivesAddedSince(current);
        Set<String> removed = proposed.objectivesRemovedSince(current);
        boolean areaChanged = !proposed.area().equals(current.area());
        switch (amendment.classification()) {
            case EXPANSION -> {
                if (added.isEmpty() && !areaChanged) {
                    throw new RuleViolation("an-expansion-adds-objectives-or-area",
                            "an EXPANSION must add objectives or change the area; this one does neither");
                }
            }
            case CONTRACTION -> {
                requireNoneAdded(added, amendment);
                if (removed.isEmpty() && !areaChanged) {
                    throw new RuleViolation("a-contraction-removes-objectives-or-area",
                            "a CONTRACTION must remove objectives or narrow the area; this one does neither");
                }
                if (proposed.expiresLaterThan(current)) {
                    throw new RuleViolation("a-contraction-does-not-extend",
                            "a CONTRACTION cannot move the expiry later; record the EXTENSION separately");
                }
            }
            case EXTENSION -> {
                requireNoneAdded(added, amendment);
                if (!removed.isEmpty() || areaChanged) {
                    throw new RuleViolation("an-extension-changes-only-the-expiry",
                            "an EXTENSION changes only the expiry; record objective or area changes separately");
                }
                if (current.expiresOn() == null) {
                    throw new RuleViolation("an-open-ended-mandate-has-no-expiry-to-extend",
                            "the mandate is open-ended; there is no expiry to extend");
                }
                requireLaterExpiry(current, proposed, "EXTENSION");
            }
            case RENEWAL -> {
                requireNoneAdded(added, amendment);
                if (amendment.legalBasis() == null) {
                    throw new RuleViolation("a-renewal-has-a-legal-basis",
                            "a RENEWAL rests on a new legal basis (e.g. a new resolution); none was given");
                }
                if (proposed.expiresOn() == null) {
                    throw new RuleViolation("a-renewal-sets-an-expiry", "a RENEWAL renews the mandate for a term; "
                            + "give the new expiry");
                }
                // An open-ended mandate may be renewed for a term on a new basis; a dated one only to a later date.
                if (current.expiresOn() != null) {
                    requireLaterExpiry(current, proposed, "RENEWAL");
                }
            }
        }
    }

    private static void requireNoneAdded(Set<String> added, AmendMandate amendment) {
        if (!added.isEmpty()) {
            throw new RuleViolation("added-objectives-are-an-expansion", "this amendment adds " + added
                    + "; adding objectives is an EXPANSION, not a " + amendment.classification());
        }
    }

    private static void requireLaterExpiry(Mandate current, Mandate proposed, String classification) {
        if (proposed.expiresOn() == null || !proposed.expiresLaterThan(current)) {
            throw new RuleViolation("the-expiry-moves-later", "a " + classification + " must set an expiry later than "
                    + current.expiresOn());
        }
    }
}
