package org.entente.platform;

import org.apache.kafka.common.config.SaslConfigs;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the service its own Kafka principal when the broker asks for SASL ({@code ENTENTE_KAFKA_SECURITY_PROTOCOL=
 * SASL_PLAINTEXT} or {@code SASL_SSL}): adds {@code sasl.mechanism} and {@code sasl.jaas.config} to
 * {@code spring.kafka.properties}, which every Kafka client of the service is built from (Spring's admin, the relay's
 * producer, the inbox's consumers and dead-letter producer). With PLAINTEXT it adds nothing.
 * <ul>
 *   <li>user: {@code ENTENTE_KAFKA_USERNAME}, by default the application name (membership, command-structure, ...);</li>
 *   <li>password: {@code ENTENTE_KAFKA_PASSWORD}, or the content of the file named by {@code ENTENTE_KAFKA_PASSWORD_FILE};
 *   a SASL service without either refuses to start;</li>
 *   <li>mechanism: {@code ENTENTE_KAFKA_SASL_MECHANISM}, SCRAM-SHA-512 unless told otherwise.</li>
 * </ul>
 * The password only ever sits in {@code sasl.jaas.config}, which Kafka's clients log as {@code [hidden]}.
 */
public class KafkaClientSecurity implements BeanPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaProperties kafka) {
            apply(kafka.getSecurity().getProtocol(), kafka.getProperties());
        }
        return bean;
    }

    void apply(String protocol, Map<String, String> properties) {
        if (protocol == null || !protocol.toUpperCase(Locale.ROOT).startsWith("SASL_")
                || properties.containsKey(SaslConfigs.SASL_JAAS_CONFIG)) {
            return; // PLAINTEXT (or SSL), or someone configured JAAS by hand
        }
        String mechanism = properties.computeIfAbsent(SaslConfigs.SASL_MECHANISM,
                m -> environment.getProperty("entente.kafka.sasl-mechanism", "SCRAM-SHA-512"));
        String user = environment.getProperty("entente.kafka.username",
                environment.getProperty("spring.application.name", ""));
        if (user.isBlank()) {
            throw new IllegalStateException("Kafka " + protocol + " needs a user: set ENTENTE_KAFKA_USERNAME");
        }
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(mechanism, user, password(protocol)));
    }

    private String password(String protocol) {
        String password = environment.getProperty("entente.kafka.password");
        String file = environment.getProperty("entente.kafka.password-file");
        if ((password == null || password.isEmpty()) && file != null && !file.isBlank()) {
            try {
                password = Files.readString(Path.of(file)).strip();
            } catch (IOException e) {
                // the file's name may be said, never its content
                throw new UncheckedIOException("cannot read the Kafka password file " + file, e);
            }
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("Kafka " + protocol
                    + " needs this service's password: set ENTENTE_KAFKA_PASSWORD or ENTENTE_KAFKA_PASSWORD_FILE");
        }
        return password;
    }

    static String jaasConfig(String mechanism, String user, String password) {
        String module = mechanism.toUpperCase(Locale.ROOT).startsWith("SCRAM-")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module + " required username=\"" + quote(user) + "\" password=\"" + quote(password) + "\";";
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
