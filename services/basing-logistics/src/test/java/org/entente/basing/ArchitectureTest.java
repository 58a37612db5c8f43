package org.entente.basing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.entente.testing.ServiceArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries of the basing-logistics service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.basing.agreement", "org.entente.basing.clearance", "org.entente.basing.route",
            "org.entente.basing.sustainment", "org.entente.basing.theatre"};

    private static JavaClasses basing;

    @BeforeAll
    static void importClasses() {
        basing = ServiceArchitecture.importService("org.entente.basing");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        ServiceArchitecture.domainIsFreeOfPlumbing(DOMAIN,
                        "org.entente.platform.inbox..", "org.entente.basing.directory..", "org.entente.basing.view..")
                .because("rules are decided in the domain; transport and storage are plumbing around it, and what the "
                        + "domain needs of the directory it asks through its own interfaces (RouteBases, "
                        + "SustainmentRouting)")
                .check(basing);
        ServiceArchitecture.domainSourcesImportNoPlumbing(DOMAIN, "org.entente.platform.inbox..", "org.entente.basing.directory..", "org.entente.basing.view..");
    }

    @Test
    void onlyPublicationAndReactionsSpeakThePublicContract() {
        ServiceArchitecture.onlyTheseSpeakTheContracts(basing,
                "internal events are not the public contract; one place translates ours, one reads others'",
                "org.entente.basing.publication..", "org.entente.basing.reaction..");
    }

    @Test
    void reactionsSendCommandsAndChangeNothingThemselves() {
        noClasses().that().resideInAPackage("org.entente.basing.reaction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .because("a reaction changes records only through commands, so every change is an event with its "
                        + "cause")
                .check(basing);
    }

    @Test
    void aServiceDependsOnNoOtherServiceOnlyOnContractsAndPlatform() {
        ServiceArchitecture.dependsOnlyOnItselfPlatformAndContracts(basing, "org.entente.basing", "basing");
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        ServiceArchitecture.everyEndpointDeclaresItsAccessRule(basing);
    }

    @Test
    void everyReactionIsTyped() {
        ServiceArchitecture.everyReactionIsTyped(basing);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        ServiceArchitecture.featurePackagesAreFreeOfCycles(basing, "org.entente.basing");
    }
}
