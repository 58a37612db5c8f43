package org.entente.roe.reference;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import static org.entente.roe.reference.BaseActivity.AIR_DEFENCE;
import static org.entente.roe.reference.BaseActivity.AIR_REFUELLING;
import static org.entente.roe.reference.BaseActivity.ISR;
import static org.entente.roe.reference.BaseActivity.LOGISTICS;
import static org.entente.roe.reference.BaseActivity.MARITIME_PATROL;
import static org.entente.roe.reference.BaseActivity.MEDICAL_EVACUATION;
import static org.entente.roe.reference.BaseActivity.SPECIAL_OPERATIONS;
import static org.entente.roe.reference.BaseActivity.STRIKE;
import static org.entente.roe.reference.BaseActivity.TRAINING;

/**
 * What the functions of a placement under coalition authority cover, in this service's vocabulary. Command-structure
 * scopes a placement by free-form function names ({@code [A-Z][A-Z0-9_]{0,39}}: its tasking kinds such as
 * SURVEILLANCE, PATROL, INTERDICTION, STRIKE, or mission functions such as ARMS_EMBARGO, NO_FLY_ZONE); measures are
 * classed by base activity and series. A function covers a measure when it names the measure's series, its base
 * activity, or an activity this table gives it. Restrictive: a function the table does not know covers only what it
 * names literally.
 */
public final class PlacementFunctions {

    /** Command-structure function names and the base activities they cover. */
    public static final Map<String, Set<BaseActivity>> ACTIVITIES = Map.ofEntries(
            // tasking kinds (command-structure's TaskingKind) that give a force a mission
            Map.entry("SURVEILLANCE", Set.of(ISR)),
            Map.entry("PATROL", Set.of(MARITIME_PATROL)),
            Map.entry("INTERDICTION", Set.of(MARITIME_PATROL)),
            Map.entry("STRIKE", Set.of(STRIKE)),
            // mission functions in use in scopes
            Map.entry("RECONNAISSANCE", Set.of(ISR)),
            Map.entry("ARMS_EMBARGO", Set.of(MARITIME_PATROL)),
            Map.entry("MARITIME_INTERDICTION", Set.of(MARITIME_PATROL)),
            Map.entry("NO_FLY_ZONE", Set.of(AIR_DEFENCE)),
            Map.entry("AIR_POLICING", Set.of(AIR_DEFENCE)),
            Map.entry("CLOSE_AIR_SUPPORT", Set.of(STRIKE)),
            Map.entry("AIR_TO_AIR_REFUELLING", Set.of(AIR_REFUELLING)),
            Map.entry("MEDEVAC", Set.of(MEDICAL_EVACUATION)),
            Map.entry("SUSTAINMENT", Set.of(LOGISTICS)),
            Map.entry("CAPACITY_BUILDING", Set.of(TRAINING)),
            Map.entry("SPECIAL_OPERATIONS", Set.of(SPECIAL_OPERATIONS)));

    private PlacementFunctions() {
    }

    /** The base activities {@code function} covers: those this table gives it, or the activity it names. */
    public static Set<BaseActivity> activities(String function) {
        Set<BaseActivity> mapped = ACTIVITIES.get(function);
        if (mapped != null) {
            return mapped;
        }
        for (BaseActivity activity : BaseActivity.values()) {
            if (activity.name().equals(function)) {
                return Set.of(activity);
            }
        }
        return Set.of();
    }

    /** Does a placement limited to {@code functions} cover {@code measure}? An unlimited placement covers all. */
    public static boolean cover(Collection<String> functions, Measure measure) {
        if (functions.isEmpty() || measure.activity() == null) {
            return true;
        }
        return functions.stream().anyMatch(function -> function.equals(measure.series().name())
                || activities(function).contains(measure.activity()));
    }
}
