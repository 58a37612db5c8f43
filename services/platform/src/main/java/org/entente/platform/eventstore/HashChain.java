package org.entente.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.entente.platform.decision.DecisionMetadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tamper-evidence chain of an aggregate's history. Each event's metadata carries
 * <pre>
 * hash = SHA-256( previous hash ‖ identity ‖ canonical payload ‖ canonical metadata without the hash )
 * </pre>
 * where the previous hash is that of the aggregate's previous event (64 zeros for its first event) and identity is
 * {@code eventId|aggregateType|aggregateId|sequence|payloadType|recordedTime}. The identity part goes beyond the
 * minimum of design-decisions.md so that a changed timestamp or a swapped event type also breaks the chain. Fields
 * are separated by a byte that JSON text cannot contain unescaped (0x1E), so no two inputs read alike.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    private static final byte SEPARATOR = 0x1E;

    private final Serializer eventSerializer;

    public HashChain(Serializer eventSerializer) {
        this.eventSerializer = eventSerializer;
    }

    /**
     * The hash of {@code event}, chained to {@code previousHash}. The payload is taken in its serialized form: for an
     * event read from the store that is the stored bytes themselves, not a re-serialization of today's classes.
     */
    public String hash(String previousHash, DomainEventMessage<?> event) {
        byte[] payload = event.serializePayload(eventSerializer, byte[].class).getData();
        return link(previousHash, event, payload, event.getMetaData());
    }

    /**
     * Checks a whole history as the store returns it, from sequence 0: each event's stored hash must equal the hash
     * recomputed from its stored payload and metadata and its predecessor's hash.
     *
     * @return the first event that breaks the chain, or empty when the history is intact
     */
    public Optional<Break> verify(List<? extends DomainEventMessage<?>> history) {
        String previous = GENESIS;
        long expectedSequence = 0;
        for (DomainEventMessage<?> event : history) {
            Object stored = event.getMetaData().get(DecisionMetadata.HASH);
            if (event.getSequenceNumber() != expectedSequence) {
                return Optional.of(new Break(event.getIdentifier(), event.getSequenceNumber(), "sequence gap: expected "
                        + expectedSequence));
            }
            String recomputed = hash(previous, event);
            if (!recomputed.equals(stored)) {
                return Optional.of(new Break(event.getIdentifier(), event.getSequenceNumber(),
                        "stored hash " + stored + " differs from recomputed " + recomputed));
            }
            previous = recomputed;
            expectedSequence++;
        }
        return Optional.empty();
    }

    private static String link(String previousHash, DomainEventMessage<?> event, byte[] payloadJson, MetaData metaData) {
        Map<String, Object> withoutHash = metaData.entrySet().stream()
                .filter(entry -> !DecisionMetadata.HASH.equals(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String identity = String.join("|", event.getIdentifier(), String.valueOf(event.getType()),
                event.getAggregateIdentifier(), Long.toString(event.getSequenceNumber()),
                event.getPayloadType().getName(), DateTimeUtils.formatInstant(event.getTimestamp()));
        MessageDigest digest = sha256();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(SEPARATOR);
        digest.update(identity.getBytes(StandardCharsets.UTF_8));
        digest.update(SEPARATOR);
        digest.update(CanonicalJson.of(payloadJson));
        digest.update(SEPARATOR);
        digest.update(CanonicalJson.ofMap(withoutHash));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where a history stops being intact, and why. */
    public record Break(String eventId, long sequence, String reason) {
    }
}
