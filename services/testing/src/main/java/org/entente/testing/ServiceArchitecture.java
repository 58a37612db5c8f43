package org.entente.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every service keeps (docs: DEVELOPERS.md, "Rules of the house"), as ArchUnit rules over the
 * service's own classes; what only one service promises stays in its ArchitectureTest.
 */
public final class ServiceArchitecture {

    /** What a domain package never touches: transport, storage, serialisation and the platform's web and relay. */
    private static final String[] PLUMBING = {
            "org.springframework.web..", "jakarta.servlet..", "org.springframework.jdbc..",
            "java.sql..", "org.apache.kafka..", "org.springframework.kafka..", "com.fasterxml.jackson..",
            "org.entente.platform.web..", "org.entente.platform.relay..", "org.entente.platform.security..",
            "org.springframework.security.."};

    /** Why the domain keeps out of the plumbing. */
    public static final String DOMAIN_REASON =
            "rules are decided in the domain; transport and storage are plumbing around it";

    private ServiceArchitecture() {
    }

    /** The production classes of the service under {@code rootPackage}, without its tests. */
    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /**
     * The domain packages depend on no plumbing, nor on {@code alsoForbidden} (what else of the platform or of the
     * service is plumbing to this service's domain); without a reason, so that the caller gives one.
     */
    /**
     * The same rule on the sources, which the bytecode cannot show: a constant (a bean name, a rule name) a domain
     * class takes from a plumbing package is inlined by the compiler, and the import would go unseen. Reads
     * {@code src/main/java} of the module the test runs in.
     */
    public static void domainSourcesImportNoPlumbing(String[] domainPackages, String... alsoForbidden) {
        List<String> forbidden = Stream.concat(Arrays.stream(PLUMBING), Arrays.stream(alsoForbidden))
                .map(pattern -> pattern.replace("..", ".")).toList();
        List<String> offending = new ArrayList<>();
        for (String domainPackage : domainPackages) {
            Path directory = Path.of("src/main/java", domainPackage.replace('.', '/'));
            if (!Files.isDirectory(directory)) {
                offending.add(domainPackage + " is named a domain package but does not exist");
                continue;
            }
            try (Stream<Path> sources = Files.list(directory)) {
                for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(source)) {
                        if (line.startsWith("import ") && forbidden.stream().anyMatch(line.replace("import static ",
                                "import ").substring("import ".length())::startsWith)) {
                            offending.add(source.getFileName() + ": " + line);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!offending.isEmpty()) {
            throw new AssertionError("the domain imports plumbing: " + String.join("; ", offending));
        }
    }

    public static ArchRule domainIsFreeOfPlumbing(String[] domainPackages, String... alsoForbidden) {
        return noClasses().that().resideInAnyPackage(domainPackages)
                .should().dependOnClassesThat().resideInAnyPackage(
                        Stream.concat(Arrays.stream(PLUMBING), Arrays.stream(alsoForbidden)).toArray(String[]::new));
    }

    /** Only classes in {@code packages} depend on the public contracts; internal events are not the contract. */
    public static void onlyTheseSpeakTheContracts(JavaClasses service, String because, String... packages) {
        noClasses().that().resideOutsideOfPackages(packages)
                .should().dependOnClassesThat().resideInAPackage("org.entente.contracts..")
                .because(because)
                .check(service);
    }

    /** A service depends on no other service, only on itself, the platform and the contracts. */
    public static void dependsOnlyOnItselfPlatformAndContracts(JavaClasses service, String rootPackage,
                                                                String serviceName) {
        classes().that().resideInAPackage(rootPackage + "..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "outside org.entente, or in " + serviceName + ", platform or contracts",
                        javaClass -> !javaClass.getPackageName().startsWith("org.entente.")
                                || javaClass.getPackageName().startsWith(rootPackage)
                                || javaClass.getPackageName().startsWith("org.entente.platform")
                                || javaClass.getPackageName().startsWith("org.entente.contracts")))
                .check(service);
    }

    /** The feature packages (the first level under {@code rootPackage}) depend on each other without a cycle. */
    public static void featurePackagesAreFreeOfCycles(JavaClasses service, String rootPackage) {
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(service);
    }

    /**
     * Every HTTP endpoint of the service declares who may call it ({@code @Allowed} or {@code @Reads}); the platform
     * refuses one that does not at run time, this fails the build first.
     */
    public static void everyEndpointDeclaresItsAccessRule(JavaClasses service) {
        methods().that().areAnnotatedWith("org.springframework.web.bind.annotation.GetMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.PostMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.PutMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.PatchMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.DeleteMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
                .should().beAnnotatedWith("org.entente.platform.security.Allowed")
                .orShould().beAnnotatedWith("org.entente.platform.security.Reads")
                .because("who may call an endpoint is decided where it is declared, and nothing is open by omission")
                .check(service);
    }

    /**
     * Every reaction of the service is typed: it receives its upstream contract's sealed records, decoded once, and
     * switches on them, never on type-name strings ({@code TypedReaction}).
     */
    public static void everyReactionIsTyped(JavaClasses service) {
        classes().that().implement("org.entente.platform.inbox.Reaction")
                .should().beAssignableTo("org.entente.platform.inbox.TypedReaction")
                .because("a reaction reads upstream records as their contract's types, and whether an event can be "
                        + "read is decided once, by the inbox")
                .allowEmptyShould(true)
                .check(service);
    }
}
