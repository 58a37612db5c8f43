package org.entente.platform.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.CommandTargets;


/**
 * Finds a command's target aggregate by its {@code @TargetAggregateIdentifier} and the version the client expects
 * from the command's metadata (HTTP If-Match), so commands need no version field of their own. Axon's repository then
 * refuses a command whose expected version is not the aggregate's current one.
 */
public class MetadataVersionTargetResolver implements CommandTargetResolver {

    public static final String BEAN_NAME = CommandTargets.BY_VERSION;

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(DecisionMetadata.EXPECTED_VERSION);
        Long version = expected == null ? null : Long.valueOf(expected.toString());
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), version);
    }
}
