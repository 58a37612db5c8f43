package org.entente.basing.clearance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The notice each granting state asks for, as reference data: a default and per-state figures, read from
 * {@code clearance-lead-times.properties} ({@code <nation>.per-flight-days}, {@code <nation>.annual-days}). Command
 * handlers take it as a parameter; a request with less notice is refused unless urgent, and then flagged.
 */
public final class ClearanceLeadTimes {

    public static final String DEFAULT = "DEFAULT";
    public static final String RESOURCE = "clearance-lead-times.properties";
    static final String PER_FLIGHT_MAXIMUM_KEY = "DEFAULT.per-flight-max-validity-days";

    /** How long a per-flight clearance may run from its first use, unless the reference data says otherwise. */
    public static final int PER_FLIGHT_MAXIMUM_DAYS = 30;

    private final LeadTime fallback;
    private final Map<String, LeadTime> byNation;
    private final int perFlightMaximumDays;

    public ClearanceLeadTimes(LeadTime fallback, List<LeadTime> byNation) {
        this(fallback, byNation, PER_FLIGHT_MAXIMUM_DAYS);
    }

    /** @param perFlightMaximumDays the longest a per-flight clearance may run from its first use, in days */
    public ClearanceLeadTimes(LeadTime fallback, List<LeadTime> byNation, int perFlightMaximumDays) {
        this.fallback = fallback;
        this.perFlightMaximumDays = perFlightMaximumDays;
        this.byNation = new TreeMap<>();
        byNation.forEach(leadTime -> this.byNation.put(leadTime.grantingNation(), leadTime));
    }

    public static ClearanceLeadTimes fromClasspath() {
        Properties properties = new Properties();
        try (InputStream in = ClearanceLeadTimes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, int[]> days = new TreeMap<>();
        int perFlightMaximum = PER_FLIGHT_MAXIMUM_DAYS;
        for (String key : properties.stringPropertyNames()) {
            if (key.equals(PER_FLIGHT_MAXIMUM_KEY)) {
                perFlightMaximum = Integer.parseInt(properties.getProperty(key).strip());
                continue;
            }
            int dot = key.indexOf('.');
            String nation = key.substring(0, dot);
            int[] figures = days.computeIfAbsent(nation, n -> new int[]{-1, -1});
            int value = Integer.parseInt(properties.getProperty(key).strip());
            switch (key.substring(dot + 1)) {
                case "per-flight-days" -> figures[0] = value;
                case "annual-days" -> figures[1] = value;
                default -> throw new IllegalStateException("unknown lead-time key " + key);
            }
        }
        int[] defaults = days.remove(DEFAULT);
        if (defaults == null || defaults[0] < 0 || defaults[1] < 0) {
            throw new IllegalStateException(RESOURCE + " must give DEFAULT.per-flight-days and DEFAULT.annual-days");
        }
        LeadTime fallback = new LeadTime(DEFAULT, defaults[0], defaults[1]);
        List<LeadTime> nations = days.entrySet().stream().map(e -> new LeadTime(e.getKey(),
                e.getValue()[0] < 0 ? fallback.perFlightDays() : e.getValue()[0],
                e.getValue()[1] < 0 ? fallback.annualDays() : e.getValue()[1])).toList();
        return new ClearanceLeadTimes(fallback, nations, perFlightMaximum);
    }

    /** The granting state's own figures, or the default. */
    public LeadTime of(String grantingNation) {
        return byNation.getOrDefault(grantingNation, fallback);
    }

    public Optional<LeadTime> own(String grantingNation) {
        return Optional.ofNullable(byNation.get(grantingNation));
    }

    /** The longest a per-flight clearance may run from its first use, in days. */
    public int perFlightMaximumDays() {
        return perFlightMaximumDays;
    }

    public LeadTime fallback() {
        return fallback;
    }

    public List<LeadTime> all() {
        return byNation.values().stream().sorted(Comparator.comparing(LeadTime::grantingNation)).toList();
    }
}
