package org.entente.membership;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the membership service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.membership.coalition", "org.entente.membership.member", "org.entente.membership.pledge",
            "org.entente.membership.exit", "org.entente.membership.support"};

    private static JavaClasses membership;

    @BeforeAll
    static void importClasses() {
        membership = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente.membership");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.springframework.jdbc..",
                        "java.sql..", "org.apache.kafka..", "org.springframework.kafka..", "com.fasterxml.jackson..",
                        "org.entente.platform.web..", "org.entente.platform.relay..", "org.entente.platform.command..")
                .because("rules are decided in the domain; transport and storage are plumbing around it")
                .check(membership);
    }

    @Test
    void onlyThePublicationPackageSpeaksThePublicContract() {
        noClasses().that().resideOutsideOfPackage("org.entente.membership.publication..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts..")
                .because("internal events are not the public contract; one place translates between them")
                .check(membership);
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
        classes().that().resideInAPackage("org.entente.membership..")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "outside org.entente, or in membership, platform or contracts",
                        javaClass -> !javaClass.getPackageName().startsWith("org.entente.")
                                || javaClass.getPackageName().startsWith("org.entente.membership")
                                || javaClass.getPackageName().startsWith("org.entente.platform")
                                || javaClass.getPackageName().startsWith("org.entente.contracts")))
                .check(membership);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.entente.membership.(*)..").should().beFreeOfCycles().check(membership);
    }
}
