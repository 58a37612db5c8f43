package org.entente.commandstructure.view.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceStatus;
import org.entente.commandstructure.operation.OperationStatus;
import org.entente.commandstructure.tasking.TaskingStatus;
import org.entente.commandstructure.view.ChainOfCommand;
import org.entente.commandstructure.view.ForceState;
import org.entente.commandstructure.view.ForceSummary;
import org.entente.commandstructure.view.OperationQueries;
import org.entente.commandstructure.view.OperationState;
import org.entente.commandstructure.view.OperationView;
import org.entente.commandstructure.view.OrderOfBattle;
import org.entente.commandstructure.view.RedCardPolicyState;
import org.entente.commandstructure.view.TaskingState;
import org.entente.platform.command.Ids;
import org.entente.platform.history.HistoryEntry;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.TimeQuery;
import org.entente.platform.reference.NationCode;
import org.entente.platform.security.Reads;
import org.entente.platform.web.NotFound;
import org.entente.platform.web.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * Reads of operations. Every state read takes {@code asOf} (effective time: the state as it was true then) and
 * {@code knownAt} (recorded time: according to what had been recorded by then); both default to now.
 */
@RestController
@Validated
@RequestMapping("/operations")
@Tag(name = "Operation reads", description = "Order of battle, chains of command, forces, taskings, history, as of any instant")
public class OperationQueryController {

    private final OperationQueries queries;
    private final Clock clock;

    public OperationQueryController(OperationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Reads
    @Operation(summary = "List operations, oldest first, optionally of one coalition or in one status")
    public Page<OperationState> operations(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN) String coalitionId,
                                           @RequestParam(required = false) OperationStatus status,
                                           @ParameterObject TimeQuery time,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.operations(coalitionId, status, time.perspective(clock), page, size);
    }

    @GetMapping("/{operationId}")
    @Reads
    @Operation(summary = "An operation's state, now or as of any past instant",
            description = "Read now, the ETag is the operation's current version, to send back as If-Match.")
    public ResponseEntity<OperationState> operation(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                    @ParameterObject TimeQuery time) {
        OperationView view = view(operationId, time);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (time.isNow()) {
            response.eTag("\"" + view.knownVersion() + "\"");
        }
        return response.body(view.state());
    }

    @GetMapping("/{operationId}/order-of-battle")
    @Reads
    @Operation(summary = "The command tree with the forces under coalition authority and the degree held over each")
    public OrderOfBattle orderOfBattle(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                       @ParameterObject TimeQuery time) {
        Perspective perspective = time.perspective(clock);
        return queries.view(operationId, perspective).orderOfBattle(perspective.asOf(), perspective.knownAt());
    }

    @GetMapping("/{operationId}/forces")
    @Reads
    @Operation(summary = "Forces ever placed, by nation, by degree of authority (held now) or by status")
    public Page<ForceState> forces(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                   @RequestParam(required = false) @NationCode String nation,
                                   @RequestParam(required = false) Degree degree,
                                   @RequestParam(required = false) ForceStatus status,
                                   @ParameterObject TimeQuery time,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<ForceState> forces = view(operationId, time).forces().stream()
                .filter(f -> nation == null || f.nation().equals(nation))
                .filter(f -> degree == null || (f.status().underCoalitionAuthority() && f.degree() == degree))
                .filter(f -> status == null || f.status() == status)
                .toList();
        return Page.of(forces, page, size);
    }

    @GetMapping("/{operationId}/force-summary")
    @Reads
    @Operation(summary = "Forces under coalition authority, counted by nation and degree")
    public List<ForceSummary> forceSummary(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                           @ParameterObject TimeQuery time) {
        return view(operationId, time).forceSummary();
    }

    @GetMapping("/{operationId}/forces/{forceId}")
    @Reads
    @Operation(summary = "One force: its placement and every period of coalition authority over it")
    public ForceState force(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                            @PathVariable @Pattern(regexp = Ids.PATTERN) String forceId,
                            @ParameterObject TimeQuery time) {
        return view(operationId, time).forceState(forceId).orElseThrow(() -> noForce(operationId, forceId, time));
    }

    @GetMapping("/{operationId}/forces/{forceId}/chain-of-command")
    @Reads
    @Operation(summary = "Who commanded the force at an instant: its headquarters up to the strategic one",
            description = "Ask with asOf for any past instant; the chain is empty while the force was under national "
                    + "command only.")
    public ChainOfCommand chainOfCommand(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                         @PathVariable @Pattern(regexp = Ids.PATTERN) String forceId,
                                         @ParameterObject TimeQuery time) {
        return view(operationId, time).chainOfCommand(forceId).orElseThrow(() -> noForce(operationId, forceId, time));
    }

    @GetMapping("/{operationId}/taskings")
    @Reads
    @Operation(summary = "Taskings with their red-card decisions, oldest first")
    public Page<TaskingState> taskings(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                       @RequestParam(required = false) TaskingStatus status,
                                       @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN) String forceId,
                                       @ParameterObject TimeQuery time,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<TaskingState> taskings = view(operationId, time).taskings().stream()
                .filter(t -> status == null || t.status() == status)
                .filter(t -> forceId == null || t.forceId().equals(forceId))
                .toList();
        return Page.of(taskings, page, size);
    }

    @GetMapping("/{operationId}/taskings/{taskingId}")
    @Reads
    @Operation(summary = "One tasking")
    public TaskingState tasking(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                @PathVariable @Pattern(regexp = Ids.PATTERN) String taskingId,
                                @ParameterObject TimeQuery time) {
        return view(operationId, time).taskings().stream().filter(t -> t.taskingId().equals(taskingId)).findFirst()
                .orElseThrow(() -> new NotFound("operation " + operationId + " has no tasking " + taskingId
                        + (time.isNow() ? "" : " at that instant")));
    }

    @GetMapping("/{operationId}/red-card-policies")
    @Reads
    @Operation(summary = "Each nation's red-card holder and the tasking kinds that wait for them")
    public List<RedCardPolicyState> redCardPolicies(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                                    @ParameterObject TimeQuery time) {
        return view(operationId, time).redCardPolicies();
    }

    @GetMapping("/{operationId}/history")
    @Reads(history = true)
    @Operation(summary = "The decision history, read from the event store: who decided what, when, why, on whose authority")
    public Page<HistoryEntry> history(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.decisions(operationId, page, size);
    }

    private OperationView view(String operationId, TimeQuery time) {
        return queries.view(operationId, time.perspective(clock));
    }

    private static NotFound noForce(String operationId, String forceId, TimeQuery time) {
        return new NotFound("operation " + operationId + " has no force " + forceId
                + (time.isNow() ? "" : " placed at that instant"));
    }
}
