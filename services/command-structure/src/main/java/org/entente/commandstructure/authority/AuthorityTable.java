package org.entente.commandstructure.authority;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference data: which tasking kinds each degree of authority permits. Nations read the degrees slightly differently,
 * so the answer is a table, looked up in one place, not a rule spread over the code; {@link #STANDARD} is the reading
 * this service applies.
 */
public final class AuthorityTable {

    /**
     * OPCOM: everything, including handing the force on and splitting it. OPCON: missions and tasks limited by function,
     * place and time, and moving the force, but neither reassigning it nor employing its components separately. TACOM:
     * tasks within the mission a higher commander gave. TACON: local direction of movement only.
     */
    public static final AuthorityTable STANDARD = new AuthorityTable(Map.of(
            Degree.OPCOM, EnumSet.allOf(TaskingKind.class),
            Degree.OPCON, EnumSet.of(TaskingKind.PATROL, TaskingKind.SURVEILLANCE, TaskingKind.ESCORT,
                    TaskingKind.INTERDICTION, TaskingKind.STRIKE, TaskingKind.TASK_WITHIN_MISSION,
                    TaskingKind.DIRECT_MOVEMENT, TaskingKind.REDEPLOY),
            Degree.TACOM, EnumSet.of(TaskingKind.TASK_WITHIN_MISSION, TaskingKind.DIRECT_MOVEMENT),
            Degree.TACON, EnumSet.of(TaskingKind.DIRECT_MOVEMENT)));

    private final Map<Degree, Set<TaskingKind>> permitted;

    public AuthorityTable(Map<Degree, ? extends Set<TaskingKind>> permitted) {
        EnumMap<Degree, Set<TaskingKind>> copy = new EnumMap<>(Degree.class);
        for (Degree degree : Degree.values()) {
            Set<TaskingKind> kinds = permitted.get(degree);
            if (kinds == null) {
                throw new IllegalArgumentException("the table says nothing about " + degree);
            }
            copy.put(degree, Collections.unmodifiableSet(kinds.isEmpty()
                    ? EnumSet.noneOf(TaskingKind.class) : EnumSet.copyOf(kinds)));
        }
        this.permitted = Collections.unmodifiableMap(copy);
    }

    public boolean permits(Degree degree, TaskingKind kind) {
        return permitted.get(degree).contains(kind);
    }

    /** The degrees that permit {@code kind}, strongest first. */
    public List<Degree> degreesPermitting(TaskingKind kind) {
        return permitted.entrySet().stream().filter(e -> e.getValue().contains(kind)).map(Map.Entry::getKey).toList();
    }

    public Map<Degree, Set<TaskingKind>> asMap() {
        return permitted;
    }
}
