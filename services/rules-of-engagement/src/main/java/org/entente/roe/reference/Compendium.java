package org.entente.roe.reference;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.entente.roe.reference.BaseActivity.AIR_DEFENCE;
import static org.entente.roe.reference.BaseActivity.AIR_REFUELLING;
import static org.entente.roe.reference.BaseActivity.ISR;
import static org.entente.roe.reference.BaseActivity.LOGISTICS;
import static org.entente.roe.reference.BaseActivity.MARITIME_PATROL;
import static org.entente.roe.reference.BaseActivity.MEDICAL_EVACUATION;
import static org.entente.roe.reference.BaseActivity.SPECIAL_OPERATIONS;
import static org.entente.roe.reference.BaseActivity.STRIKE;
import static org.entente.roe.reference.BaseActivity.TRAINING;
import static org.entente.roe.reference.Effect.PERMISSION;
import static org.entente.roe.reference.Effect.PROHIBITION;
import static org.entente.roe.reference.MeasureSeries.AIRSPACE;
import static org.entente.roe.reference.MeasureSeries.DETENTION;
import static org.entente.roe.reference.MeasureSeries.FREEDOM_OF_MOVEMENT;
import static org.entente.roe.reference.MeasureSeries.MARITIME_INTERDICTION;
import static org.entente.roe.reference.MeasureSeries.MISSION_ACCOMPLISHMENT;
import static org.entente.roe.reference.MeasureSeries.SELF_DEFENCE;
import static org.entente.roe.reference.MeasureSeries.SUPPORT;
import static org.entente.roe.reference.MeasureSeries.SURVEILLANCE;
import static org.entente.roe.reference.MeasureSeries.TARGETING;
import static org.entente.roe.reference.MeasureSeries.USE_OF_FORCE_LEVELS;
import static org.entente.roe.reference.MeasureSeries.WARNING_SHOTS;

/**
 * The measures an operation's ROE profile is put together from: this project's own table, written for planning and
 * exercises, not a copy of any alliance's document. Codes are the series number and a letter. A prohibition names the
 * broader permissions it narrows, so that "the narrower prohibition beats the broader permission" can be evaluated.
 */
public final class Compendium {

    private static final Parameter ZONE_REQUIRED = new Parameter(ParameterKind.ZONE, "the zone, area or state", true);

    public static final List<Measure> MEASURES = List.of(
            m("10A", SELF_DEFENCE, PERMISSION, "defend own units against an attack or an imminent attack, up to "
                    + "lethal force", null, null),
            m("10B", SELF_DEFENCE, PERMISSION, "defend designated persons or property as well as own units",
                    new Parameter(ParameterKind.PERSONS, "whom or what", true), null),
            m("10C", SELF_DEFENCE, PROHIBITION, "only non-lethal means when defending designated persons or property",
                    null, null, "10B"),
            m("11A", MISSION_ACCOMPLISHMENT, PERMISSION, "use force, up to lethal force, against designated hostile "
                    + "groups to carry out the mission", null, null),
            m("11B", MISSION_ACCOMPLISHMENT, PERMISSION, "use force to protect civilians under threat of attack",
                    new Parameter(ParameterKind.ZONE, "where, if limited", false), null),
            m("11C", MISSION_ACCOMPLISHMENT, PROHIBITION, "no offensive use of force inside a named zone (e.g. a town)",
                    ZONE_REQUIRED, null, "11A", "11B"),
            m("12A", FREEDOM_OF_MOVEMENT, PERMISSION, "move anywhere in the joint operations area", null, null),
            m("12B", FREEDOM_OF_MOVEMENT, PERMISSION, "enter the land territory of a named state", ZONE_REQUIRED, null),
            m("12C", FREEDOM_OF_MOVEMENT, PROHIBITION, "keep a set distance away from the named border",
                    new Parameter(ParameterKind.DISTANCE_METRES, "minimum distance to the border, metres", true), null,
                    "12A", "12B"),
            m("13A", WARNING_SHOTS, PERMISSION, "fire warning shots at vessels, vehicles or persons that ignore "
                    + "instructions", null, null),
            m("13B", WARNING_SHOTS, PROHIBITION, "no warning shots at aircraft", null, null, "13A"),
            m("14A", USE_OF_FORCE_LEVELS, PERMISSION, "compel compliance by non-lethal means (barriers, dazzlers, "
                    + "physical restraint)", null, null),
            m("14B", USE_OF_FORCE_LEVELS, PERMISSION, "fire to disable a vessel or vehicle that refuses to stop",
                    null, null),
            m("14C", USE_OF_FORCE_LEVELS, PROHIBITION, "no disabling fire at a part of a vessel or vehicle where "
                    + "people may be", null, null, "14B"),
            m("15A", DETENTION, PERMISSION, "hold persons who threaten the force or the mission",
                    new Parameter(ParameterKind.AUTHORITY, "to whom detainees are handed over", false), null),
            m("15B", DETENTION, PERMISSION, "search persons held and take their weapons", null, null),
            m("15C", DETENTION, PROHIBITION, "hold nobody longer than the set number of hours before hand-over",
                    new Parameter(ParameterKind.HOURS, "maximum hours", true), null, "15A"),
            m("15D", DETENTION, PROHIBITION, "hand nobody over to the named authority",
                    new Parameter(ParameterKind.AUTHORITY, "the authority", true), null, "15A"),
            m("16A", AIRSPACE, PERMISSION, "intercept and turn away aircraft entering a no-fly zone", ZONE_REQUIRED,
                    AIR_DEFENCE),
            m("16B", AIRSPACE, PERMISSION, "engage aircraft showing hostile intent",
                    new Parameter(ParameterKind.ZONE, "where, if limited", false), AIR_DEFENCE),
            m("16C", AIRSPACE, PROHIBITION, "never engage civil airliners", null, AIR_DEFENCE, "16B"),
            m("16D", AIRSPACE, PERMISSION, "refuel coalition aircraft in flight", null, AIR_REFUELLING),
            m("17A", MARITIME_INTERDICTION, PERMISSION, "hail and query merchant vessels", null, MARITIME_PATROL),
            m("17B", MARITIME_INTERDICTION, PERMISSION, "board and search vessels suspected of carrying embargoed "
                    + "goods", null, MARITIME_PATROL),
            m("17C", MARITIME_INTERDICTION, PERMISSION, "divert vessels carrying embargoed goods to a named port",
                    new Parameter(ParameterKind.ZONE, "the port", true), MARITIME_PATROL),
            m("17D", MARITIME_INTERDICTION, PROHIBITION, "no boarding without the flag state's consent", null,
                    MARITIME_PATROL, "17B"),
            m("18A", SURVEILLANCE, PERMISSION, "fly surveillance and reconnaissance missions",
                    new Parameter(ParameterKind.ZONE, "where, if limited", false), ISR),
            m("18B", SURVEILLANCE, PROHIBITION, "no surveillance in the airspace of the named state", ZONE_REQUIRED,
                    ISR, "18A"),
            m("19A", TARGETING, PERMISSION, "strike designated military objectives", null, STRIKE),
            m("19B", TARGETING, PERMISSION, "strike dual-use infrastructure, each target approved by the named "
                    + "authority", new Parameter(ParameterKind.AUTHORITY, "the approving authority", true), STRIKE),
            m("19C", TARGETING, PROHIBITION, "no strikes inside the named zone", ZONE_REQUIRED, STRIKE, "19A", "19B"),
            m("19D", TARGETING, PERMISSION, "raid designated objectives with special operations forces", null,
                    SPECIAL_OPERATIONS),
            m("20A", SUPPORT, PERMISSION, "move supplies along the designated routes", null, LOGISTICS),
            m("20B", SUPPORT, PERMISSION, "evacuate casualties, by air if need be", null, MEDICAL_EVACUATION),
            m("20C", SUPPORT, PERMISSION, "train the host nation's forces", null, TRAINING));

    private static final Map<String, Measure> BY_CODE = index();

    private Compendium() {
    }

    public static Optional<Measure> measure(String code) {
        return Optional.ofNullable(code).map(BY_CODE::get);
    }

    public static List<Measure> series(MeasureSeries series) {
        return MEASURES.stream().filter(m -> m.series() == series).toList();
    }

    /** The prohibitions that carve an exception out of {@code permission}. */
    public static List<Measure> narrowing(String permission) {
        return MEASURES.stream().filter(m -> m.narrows().contains(permission)).toList();
    }

    private static Measure m(String code, MeasureSeries series, Effect effect, String title, Parameter parameter,
                             BaseActivity activity, String... narrows) {
        return new Measure(code, series, effect, title, parameter, activity, List.of(narrows));
    }

    /** The table's own consistency, checked once when it is loaded (and by CompendiumTest). */
    private static Map<String, Measure> index() {
        Map<String, Measure> byCode = new LinkedHashMap<>();
        for (Measure measure : MEASURES) {
            if (byCode.put(measure.code(), measure) != null) {
                throw new IllegalStateException("measure " + measure.code() + " is listed twice");
            }
            if (!measure.code().equals(measure.series().number() + measure.letter())) {
                throw new IllegalStateException("measure " + measure.code() + " is not in series "
                        + measure.series().number());
            }
        }
        for (Measure measure : MEASURES) {
            if (!measure.isProhibition() && !measure.narrows().isEmpty()) {
                throw new IllegalStateException("permission " + measure.code() + " cannot narrow anything");
            }
            for (String narrowed : measure.narrows()) {
                Measure broader = byCode.get(narrowed);
                if (broader == null || broader.isProhibition()) {
                    throw new IllegalStateException(measure.code() + " narrows " + narrowed
                            + ", which is not a permission of the compendium");
                }
            }
        }
        return byCode;
    }

    /** Every measure, ordered by code. */
    public static List<Measure> all() {
        return MEASURES.stream().sorted(Comparator.comparing(Measure::code)).toList();
    }
}
