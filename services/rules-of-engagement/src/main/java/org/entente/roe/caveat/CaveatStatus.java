package org.entente.roe.caveat;

/** Only an IN_FORCE caveat restricts anything. */
public enum CaveatStatus {
    IN_FORCE, LIFTED, ARCHIVED
}
