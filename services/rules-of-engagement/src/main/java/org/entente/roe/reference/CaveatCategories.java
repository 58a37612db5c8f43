package org.entente.roe.reference;

import java.util.List;
import java.util.Optional;

/**
 * The categories national caveats are filed under. A category says what the caveat is about for people reading the
 * list; what it restricts is in the caveat's own lists (measures, series, activities, areas, degrees, period).
 */
public final class CaveatCategories {

    public static final List<CaveatCategory> ALL = List.of(
            new CaveatCategory("GEOGRAPHIC", "where the nation's forces may go"),
            new CaveatCategory("ACTIVITY", "kinds of task its forces do not take on"),
            new CaveatCategory("TIME", "when its forces are available, e.g. until a parliamentary mandate ends"),
            new CaveatCategory("DETENTION", "whether and how its forces hold people"),
            new CaveatCategory("COMMAND", "degrees of coalition authority it does not accept for its forces"),
            new CaveatCategory("USE_OF_FORCE", "levels of force its forces do not use"),
            new CaveatCategory("MOVEMENT", "restrictions on crossing borders or leaving a sector"),
            new CaveatCategory("MEDICAL", "use of its medical assets for others"),
            new CaveatCategory("TARGETING", "target sets its forces do not engage"),
            new CaveatCategory("OTHER", "anything the list does not yet name"));

    private CaveatCategories() {
    }

    public static Optional<CaveatCategory> named(String code) {
        return ALL.stream().filter(category -> category.code().equals(code)).findFirst();
    }
}
