package org.entente.roe;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.entente.testing.ServiceArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries of the rules-of-engagement service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.roe.reference", "org.entente.roe.profile", "org.entente.roe.caveat"};

    private static JavaClasses roe;

    @BeforeAll
    static void importClasses() {
        roe = ServiceArchitecture.importService("org.entente.roe");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        ServiceArchitecture.domainIsFreeOfPlumbing(DOMAIN,
                        "org.entente.platform.command..", "org.entente.platform.inbox..")
                .because(ServiceArchitecture.DOMAIN_REASON)
                .check(roe);
        ServiceArchitecture.domainSourcesImportNoPlumbing(DOMAIN, "org.entente.platform.command..", "org.entente.platform.inbox..");
    }

    @Test
    void onlyPublicationSpeaksOurContractAndOnlyReactionsReadOthers() {
        noClasses().that().resideOutsideOfPackages("org.entente.roe.publication..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts.roe..")
                .because("internal events are not the public contract; one place translates between them")
                .check(roe);
        ServiceArchitecture.onlyTheseSpeakTheContracts(roe,
                "other services' events are read only by the reactions that keep the read models",
                "org.entente.roe.publication..", "org.entente.roe.cascade..", "org.entente.roe.operation..",
                "org.entente.roe.basing..", "org.entente.roe.inbox..");
    }

    @Test
    void theEngagementPolicyIsAPureFunction() {
        noClasses().that().haveSimpleName("EngagementPolicy")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.axonframework..", "org.entente.platform.history..")
                .check(roe);
    }

    @Test
    void aServiceDependsOnNoOtherServiceOnlyOnContractsAndPlatform() {
        ServiceArchitecture.dependsOnlyOnItselfPlatformAndContracts(roe, "org.entente.roe", "roe");
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        ServiceArchitecture.everyEndpointDeclaresItsAccessRule(roe);
    }

    @Test
    void everyReactionIsTyped() {
        ServiceArchitecture.everyReactionIsTyped(roe);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        ServiceArchitecture.featurePackagesAreFreeOfCycles(roe, "org.entente.roe");
    }
}
