package org.entente.commandstructure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the command-structure service, kept honest. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "org.entente.commandstructure.operation", "org.entente.commandstructure.headquarters",
            "org.entente.commandstructure.authority", "org.entente.commandstructure.tasking"};

    private static JavaClasses commandStructure;

    @BeforeAll
    static void importClasses() {
        commandStructure = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente.commandstructure");
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
                .check(commandStructure);
    }

    @Test
    void onlyPublicationAndTheReactionsSpeakPublicContracts() {
        noClasses().that().resideOutsideOfPackages("org.entente.commandstructure.publication..",
                        "org.entente.commandstructure.reaction..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts..")
                .because("internal events are not the public contract; publication translates ours, the reactions "
                        + "read other services'")
                .check(commandStructure);
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
        classes().that().resideInAPackage("org.entente.commandstructure..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "outside org.entente, or in command-structure, platform or contracts",
                        javaClass -> !javaClass.getPackageName().startsWith("org.entente.")
                                || javaClass.getPackageName().startsWith("org.entente.commandstructure")
                                || javaClass.getPackageName().startsWith("org.entente.platform")
                                || javaClass.getPackageName().startsWith("org.entente.contracts")))
                .check(commandStructure);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.entente.commandstructure.(*)..").should().beFreeOfCycles().check(commandStructure);
    }
}
