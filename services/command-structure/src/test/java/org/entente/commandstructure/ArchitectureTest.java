package org.entente.commandstructure;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.entente.testing.ServiceArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries of the command-structure service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.commandstructure.operation", "org.entente.commandstructure.headquarters",
            "org.entente.commandstructure.authority", "org.entente.commandstructure.tasking"};

    private static JavaClasses commandStructure;

    @BeforeAll
    static void importClasses() {
        commandStructure = ServiceArchitecture.importService("org.entente.commandstructure");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        ServiceArchitecture.domainIsFreeOfPlumbing(DOMAIN,
                        "org.entente.platform.command..", "org.entente.platform.inbox..")
                .because(ServiceArchitecture.DOMAIN_REASON)
                .check(commandStructure);
        ServiceArchitecture.domainSourcesImportNoPlumbing(DOMAIN, "org.entente.platform.command..", "org.entente.platform.inbox..");
    }

    @Test
    void onlyPublicationAndTheReactionsSpeakPublicContracts() {
        ServiceArchitecture.onlyTheseSpeakTheContracts(commandStructure,
                "internal events are not the public contract; publication translates ours, the reactions "
                        + "read other services'",
                "org.entente.commandstructure.publication..", "org.entente.commandstructure.reaction..");
    }

    @Test
    void entitiesDoNotReachBackIntoTheOperationRoot() {
        noClasses().that().resideInAnyPackage("org.entente.commandstructure.headquarters",
                        "org.entente.commandstructure.authority", "org.entente.commandstructure.tasking")
                .should().dependOnClassesThat().resideInAPackage("org.entente.commandstructure.operation..")
                .because("the operation decides over its entities, not the other way round")
                .check(commandStructure);
    }

    @Test
    void aServiceDependsOnNoOtherServiceOnlyOnContractsAndPlatform() {
        ServiceArchitecture.dependsOnlyOnItselfPlatformAndContracts(commandStructure,
                "org.entente.commandstructure", "command-structure");
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        ServiceArchitecture.everyEndpointDeclaresItsAccessRule(commandStructure);
    }

    @Test
    void everyReactionIsTyped() {
        ServiceArchitecture.everyReactionIsTyped(commandStructure);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        ServiceArchitecture.featurePackagesAreFreeOfCycles(commandStructure, "org.entente.commandstructure");
    }
}
