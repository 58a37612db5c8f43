package org.entente.roe.reference;

/** A kind of national caveat; the list is data ({@link CaveatCategories}), so a new kind needs no new code. */
public record CaveatCategory(String code, String description) {
}
