package org.entente.roe.operation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.entente.platform.command.Ids;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.security.Reads;
import org.entente.platform.web.NotFound;
import org.entente.roe.operation.OperationAsKnown;
import org.entente.roe.operation.Operations;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What this service knows of an operation from the command-structure topic (not the command structure itself). */
@RestController
@Validated
@Tag(name = "Operations as known here", description = "Operations and forces under coalition authority, as learned "
        + "from the command-structure topic")
public class OperationController {

    private final Operations operations;
    private final CurrentReader reader;

    public OperationController(Operations operations, CurrentReader reader) {
        this.operations = operations;
        this.reader = reader;
    }

    @Reads
    @GetMapping("/operations/{operationId}")
    @Operation(summary = "An operation and its forces, as this service learned them",
            description = "Only what the command-structure events were releasable to the reader: an operation or a "
                    + "force whose first event was not is not known to them; a later event that was not (a closure, "
                    + "a recall) is not reflected.")
    public OperationAsKnown operation(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId) {
        return operations.asSeenBy(operationId, reader.get().orElse(null)).orElseThrow(() -> new NotFound(
                "no operation " + operationId + " is known from the command-structure topic"));
    }
}
