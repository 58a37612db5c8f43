package org.entente.platform.reference;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reference data for the parties to a coalition: states by ISO 3166-1 alpha-3 code (from the JDK's own ISO tables),
 * plus codes for international organisations that take part as such (the EU in a sanctions regime, say). The two sets
 * cannot collide: state codes have three letters, organisation codes do not.
 */
public final class Nations {

    private static final Map<String, String> ORGANISATIONS = Map.of(
            "EU", "European Union",
            "NATO", "North Atlantic Treaty Organization",
            "UN", "United Nations",
            "AU", "African Union",
            "OSCE", "Organization for Security and Co-operation in Europe",
            "ECOWAS", "Economic Community of West African States",
            "ASEAN", "Association of Southeast Asian Nations",
            "GCC", "Gulf Cooperation Council",
            "LAS", "League of Arab States",
            "OAS", "Organization of American States");

    private static final Map<String, String> ALL = load();

    private Nations() {
    }

    public static boolean isKnown(String code) {
        return code != null && ALL.containsKey(code);
    }

    public static boolean isOrganisation(String code) {
        return ORGANISATIONS.containsKey(code);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code).map(ALL::get);
    }

    /** Every known code with its English name, sorted by code. */
    public static Map<String, String> all() {
        return ALL;
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            codes.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        codes.putAll(ORGANISATIONS);
        return Collections.unmodifiableMap(codes);
    }
}
