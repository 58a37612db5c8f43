package org.entente.commandstructure.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.commandstructure.authority.AuthorityTable;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceStatus;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.tasking.TaskingStatus;
import org.entente.platform.reference.Nations;
import org.entente.platform.security.Reads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The reference data clients need to fill in requests, and the table that decides what each degree permits. */
@RestController
@RequestMapping("/reference")
@Tag(name = "Reference data")
public class ReferenceController {

    public record DegreeOfAuthority(Degree degree, List<TaskingKind> permits, List<TaskingKind> withholds) {
    }

    public record Kind(TaskingKind kind, String meaning, List<Degree> permittedUnder) {
    }

    public record Party(String code, String name, boolean organisation) {
    }

    @Reads
    @GetMapping("/degrees-of-authority")
    @Operation(summary = "What each degree of authority permits a coalition commander to order, strongest first",
            description = "The table every tasking is checked against.")
    public List<DegreeOfAuthority> degreesOfAuthority() {
        AuthorityTable table = AuthorityTable.STANDARD;
        return Arrays.stream(Degree.values()).map(degree -> new DegreeOfAuthority(degree,
                Arrays.stream(TaskingKind.values()).filter(k -> table.permits(degree, k)).toList(),
                Arrays.stream(TaskingKind.values()).filter(k -> !table.permits(degree, k)).toList())).toList();
    }

    @Reads
    @GetMapping("/tasking-kinds")
    @Operation(summary = "The kinds of tasking, what each orders, and under which degrees it may be given")
    public List<Kind> taskingKinds() {
        return Arrays.stream(TaskingKind.values())
                .map(k -> new Kind(k, k.meaning(), AuthorityTable.STANDARD.degreesPermitting(k))).toList();
    }

    @Reads
    @GetMapping("/nations")
    @Operation(summary = "States (ISO 3166-1 alpha-3) and organisations")
    public List<Party> nations() {
        return Nations.all().entrySet().stream()
                .map(e -> new Party(e.getKey(), e.getValue(), Nations.isOrganisation(e.getKey()))).toList();
    }

    @Reads
    @GetMapping("/vocabulary")
    @Operation(summary = "The enumerations used in requests and answers")
    public Map<String, List<?>> vocabulary() {
        return Map.of(
                "levels", List.of(Level.values()),
                "components", List.of(Component.values()),
                "degrees", List.of(Degree.values()),
                "taskingKinds", List.of(TaskingKind.values()),
                "forceStatuses", List.of(ForceStatus.values()),
                "taskingStatuses", List.of(TaskingStatus.values()),
                "closureCauses", List.of(ClosureCause.values()));
    }
}
