package org.entente.roe.operation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.entente.platform.command.Ids;
import org.entente.platform.security.Reads;
import org.entente.platform.web.NotFound;
import org.entente.roe.operation.ForcePlacement;
import org.entente.roe.operation.Operations;
import org.entente.roe.profile.KnownOperation;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What this service knows of an operation from the command-structure topic (not the command structure itself). */
@RestController
@Validated
@Tag(name = "Operations as known here", description = "Operations and forces under coalition authority, as learned "
        + "from the command-structure topic")
public class OperationController {

    public record OperationAsKnown(KnownOperation operation, List<ForcePlacement> forces) {
    }

    private final Operations operations;

    public OperationController(Operations operations) {
        this.operations = operations;
    }

    @Reads
    @GetMapping("/operations/{operationId}")
    @Operation(summary = "An operation and its forces, as this service learned them")
    public OperationAsKnown operation(@PathVariable @Pattern(regexp = Ids.PATTERN) String operationId) {
        KnownOperation operation = operations.operation(operationId).orElseThrow(() -> new NotFound(
                "no operation " + operationId + " is known from the command-structure topic"));
        return new OperationAsKnown(operation, operations.forces(operationId));
    }
}
