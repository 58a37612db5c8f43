package org.entente.platform.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A roster set up by hand, for fixture tests and tools. */
public class FixedCoalitionRoster implements CoalitionRoster {

    private final Map<String, KnownCoalition> coalitions = new HashMap<>();
    private final Map<String, Map<String, Standing>> standings = new HashMap<>();
    private final Map<String, Map<String, String>> partnerRoles = new HashMap<>();

    public FixedCoalitionRoster coalition(String coalitionId, String exerciseId) {
        coalitions.put(coalitionId, new KnownCoalition(coalitionId, coalitionId, exerciseId, false));
        return this;
    }

    public FixedCoalitionRoster dissolved(String coalitionId) {
        KnownCoalition known = coalitions.get(coalitionId);
        coalitions.put(coalitionId, new KnownCoalition(coalitionId, coalitionId,
                known == null ? null : known.exerciseId(), true));
        return this;
    }

    public FixedCoalitionRoster member(String coalitionId, String nation, Standing standing) {
        coalitions.putIfAbsent(coalitionId, new KnownCoalition(coalitionId, coalitionId, null, false));
        standings.computeIfAbsent(coalitionId, c -> new HashMap<>()).put(nation, standing);
        return this;
    }

    public FixedCoalitionRoster partner(String coalitionId, String nation, String role) {
        member(coalitionId, nation, Standing.PARTNER);
        partnerRoles.computeIfAbsent(coalitionId, c -> new HashMap<>()).put(nation, role);
        return this;
    }

    @Override
    public Optional<KnownCoalition> coalition(String coalitionId) {
        return Optional.ofNullable(coalitions.get(coalitionId));
    }

    @Override
    public Standing standing(String coalitionId, String nation) {
        return standings.getOrDefault(coalitionId, Map.of()).getOrDefault(nation, Standing.UNKNOWN);
    }

    @Override
    public Optional<String> partnerRole(String coalitionId, String nation) {
        return standing(coalitionId, nation) == Standing.PARTNER
                ? Optional.ofNullable(partnerRoles.getOrDefault(coalitionId, Map.of()).get(nation))
                : Optional.empty();
    }

    @Override
    public List<String> nations(String coalitionId, Standing standing) {
        return standings.getOrDefault(coalitionId, Map.of()).entrySet().stream()
                .filter(e -> e.getValue() == standing).map(Map.Entry::getKey).sorted().toList();
    }
}
