package org.entente.membership;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.entente.testing.ServiceArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries of the membership service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.membership.coalition", "org.entente.membership.member", "org.entente.membership.pledge",
            "org.entente.membership.exit", "org.entente.membership.support"};

    private static JavaClasses membership;

    @BeforeAll
    static void importClasses() {
        membership = ServiceArchitecture.importService("org.entente.membership");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        ServiceArchitecture.domainIsFreeOfPlumbing(DOMAIN, "org.entente.platform.command..")
                .because(ServiceArchitecture.DOMAIN_REASON)
                .check(membership);
        ServiceArchitecture.domainSourcesImportNoPlumbing(DOMAIN, "org.entente.platform.command..");
    }

    @Test
    void onlyThePublicationPackageSpeaksThePublicContract() {
        ServiceArchitecture.onlyTheseSpeakTheContracts(membership,
                "internal events are not the public contract; one place translates between them",
                "org.entente.membership.publication..");
    }

    @Test
    void entitiesDoNotReachBackIntoTheCoalitionRoot() {
        noClasses().that().resideInAnyPackage("org.entente.membership.member", "org.entente.membership.pledge",
                        "org.entente.membership.exit", "org.entente.membership.support")
                .should().dependOnClassesThat().resideInAPackage("org.entente.membership.coalition..")
                .because("the coalition decides over its entities, not the other way round")
                .check(membership);
    }

    @Test
    void aServiceDependsOnNoOtherServiceOnlyOnContractsAndPlatform() {
        ServiceArchitecture.dependsOnlyOnItselfPlatformAndContracts(membership, "org.entente.membership", "membership");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        ServiceArchitecture.featurePackagesAreFreeOfCycles(membership, "org.entente.membership");
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        ServiceArchitecture.everyEndpointDeclaresItsAccessRule(membership);
    }
}
