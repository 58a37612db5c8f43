package org.entente.roe;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the rules-of-engagement service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.roe.reference", "org.entente.roe.profile", "org.entente.roe.caveat",
            "org.entente.roe.exercise"};

    private static JavaClasses roe;

    @BeforeAll
    static void importClasses() {
        roe = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente.roe");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.springframework.jdbc..",
                        "java.sql..", "org.apache.kafka..", "org.springframework.kafka..", "com.fasterxml.jackson..",
                        "org.entente.platform.web..", "org.entente.platform.relay..", "org.entente.platform.command..",
                        "org.entente.platform.inbox..")
                .because("rules are decided in the domain; transport and storage are plumbing around it")
                .check(roe);
    }

    @Test
    void onlyPublicationSpeaksOurContractAndOnlyReactionsReadOthers() {
        noClasses().that().resideOutsideOfPackages("org.entente.roe.publication..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts.roe..")
                .because("internal events are not the public contract; one place translates between them")
                .check(roe);
        noClasses().that().resideOutsideOfPackages("org.entente.roe.publication..", "org.entente.roe.cascade..",
                        "org.entente.roe.operation..", "org.entente.roe.basing..", "org.entente.roe.inbox..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts..")
                .because("other services' events are read only by the reactions that keep the read models")
                .check(roe);
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
        classes().that().resideInAPackage("org.entente.roe..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "outside org.entente, or in roe, platform or contracts",
                        javaClass -> !javaClass.getPackageName().startsWith("org.entente.")
                                || javaClass.getPackageName().startsWith("org.entente.roe")
                                || javaClass.getPackageName().startsWith("org.entente.platform")
                                || javaClass.getPackageName().startsWith("org.entente.contracts")))
                .check(roe);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.entente.roe.(*)..").should().beFreeOfCycles().check(roe);
    }
}
