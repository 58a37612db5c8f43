package org.entente.contracts;

/**
 * Kafka record header names. The {@code ce_} ones follow the CloudEvents Kafka protocol binding (binary attributes);
 * Entente's own attributes are CloudEvents extensions, hence lower case without separators.
 */
public final class EnvelopeHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    public static final String SEQUENCE = "ce_sequence";
    public static final String EFFECTIVE_TIME = "ce_effectivetime";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String EXERCISE_ID = "ce_exerciseid";

    public static final String CLOUDEVENTS_SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private EnvelopeHeaders() {
    }
}
