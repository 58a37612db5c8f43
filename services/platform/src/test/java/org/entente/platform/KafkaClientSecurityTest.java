package org.entente.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClientSecurityTest {

    @TempDir
    Path temp;

    @Test
    void plaintextAddsNothingAndNeedsNoPassword() {
        Map<String, String> properties = apply("PLAINTEXT", new MockEnvironment());
        assertThat(properties).isEmpty();
    }

    @Test
    void saslMakesTheServiceItsOwnScramPrincipal() {
        Map<String, String> properties = apply("SASL_PLAINTEXT", new MockEnvironment()
                .withProperty("spring.application.name", "command-structure")
                .withProperty("entente.kafka.password", "s3cret\"quoted\\"));
        assertThat(properties).containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsEntry("sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"command-structure\" "
                        + "password=\"s3cret\\\"quoted\\\\\";");
    }

    @Test
    void theUserAndThePasswordFileMayBeGiven() throws Exception {
        Path file = Files.writeString(temp.resolve("password"), "from-a-file\n");
        Map<String, String> properties = apply("SASL_PLAINTEXT", new MockEnvironment()
                .withProperty("spring.application.name", "membership")
                .withProperty("entente.kafka.username", "membership-2")
                .withProperty("entente.kafka.password-file", file.toString()));
        assertThat(properties.get("sasl.jaas.config")).contains("username=\"membership-2\"")
                .contains("password=\"from-a-file\"");
    }

    @Test
    void saslWithoutAPasswordRefusesToStartAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> apply("SASL_PLAINTEXT", new MockEnvironment()
                .withProperty("spring.application.name", "membership")))
                .hasMessageContaining("ENTENTE_KAFKA_PASSWORD");
    }

    private static Map<String, String> apply(String protocol, MockEnvironment environment) {
        KafkaClientSecurity security = new KafkaClientSecurity();
        security.setEnvironment(environment);
        Map<String, String> properties = new HashMap<>();
        security.apply(protocol, properties);
        return properties;
    }
}
