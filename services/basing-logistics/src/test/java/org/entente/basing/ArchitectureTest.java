package org.entente.basing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the basing-logistics service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.basing.agreement", "org.entente.basing.clearance", "org.entente.basing.route",
            "org.entente.basing.sustainment", "org.entente.basing.theatre"};

    private static JavaClasses basing;

    @BeforeAll
    static void importClasses() {
        basing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente.basing");
    }

    @Test
    void theDomainKnowsNothingOfHttpDatabasesOrKafka() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.springframework.jdbc..",
                        "java.sql..", "org.apache.kafka..", "org.springframework.kafka..", "com.fasterxml.jackson..",
                        "org.entente.platform.web..", "org.entente.platform.relay..", "org.entente.platform.inbox..",
                        "org.entente.basing.directory..", "org.entente.basing.view..")
                .because("rules are decided in the domain; transport and storage are plumbing around it, and what the "
                        + "domain needs of the directory it asks through its own interfaces (RouteBases, "
                        + "SustainmentRouting)")
                .check(basing);
    }

    @Test
    void onlyPublicationAndReactionsSpeakThePublicContract() {
        noClasses().that().resideOutsideOfPackages("org.entente.basing.publication..",
                        "org.entente.basing.reaction..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts..")
                .because("internal events are not the public contract; one place translates ours, one reads others'")
                .check(basing);
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
        classes().that().resideInAPackage("org.entente.basing..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "outside org.entente, or in basing, platform or contracts",
                        javaClass -> !javaClass.getPackageName().startsWith("org.entente.")
                                || javaClass.getPackageName().startsWith("org.entente.basing")
                                || javaClass.getPackageName().startsWith("org.entente.platform")
                                || javaClass.getPackageName().startsWith("org.entente.contracts")))
                .check(basing);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.entente.basing.(*)..").should().beFreeOfCycles().check(basing);
    }
}
