package org.entente.platform.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.ActorResolver;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionInput;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.DecisionOfConsequence;
import org.entente.platform.eventstore.CanonicalJson;
import org.entente.platform.history.FirstDecisions;
import org.entente.platform.history.Releasability;
import org.entente.platform.web.InvalidInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The way HTTP requests become commands. It resolves who is acting, attaches the decision metadata (actor, rationale,
 * authority, effective time, correlation and causation, exercise, releasability), honours {@code Idempotency-Key}
 * and {@code If-Match}, sends the command and answers with the aggregate version as ETag.
 */
public class CommandDispatcher {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String CAUSATION_ID = "X-Causation-Id";
    public static final String EXERCISE_ID = "X-Exercise-Id";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final ActorResolver actorResolver;
    private final IdempotencyStore idempotencyStore;
    private final ObjectMapper json;
    private final FirstDecisions firstDecisions;

    public CommandDispatcher(CommandGateway commandGateway, EventStore eventStore, ActorResolver actorResolver,
                             IdempotencyStore idempotencyStore, ObjectMapper json, FirstDecisions firstDecisions) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.actorResolver = actorResolver;
        this.idempotencyStore = idempotencyStore;
        this.json = json;
        this.firstDecisions = firstDecisions;
    }

    /**
     * A command to send on behalf of a request's actor, named part by part:
     * {@code commands.send(command).about(aggregateId).asRequested(request, body, body.decision()).answer(answer)}.
     */
    public Dispatch send(Object command) {
        return new Dispatch(command);
    }

    /** One command being dispatched; {@link #answer} sends it. */
    public final class Dispatch {

        private final Object command;
        private String aggregateId;
        private HttpServletRequest request;
        private Object requestBody;
        private DecisionInput decision;
        private Object precondition;

        private Dispatch(Object command) {
            this.command = command;
        }

        /** The aggregate the command is about, whose version is answered. */
        public Dispatch about(String aggregateId) {
            this.aggregateId = aggregateId;
            return this;
        }

        /**
         * @param request     the HTTP request (actor, headers)
         * @param requestBody the parsed request body, to recognise a retried request under the same Idempotency-Key
         * @param decision    the decision part of the body (may be null)
         */
        public Dispatch asRequested(HttpServletRequest request, Object requestBody, DecisionInput decision) {
            this.request = request;
            this.requestBody = requestBody;
            this.decision = decision;
            return this;
        }

        /**
         * First sends {@code precondition}, with the same decision: a command that records nothing and only refuses
         * when the main command may not go ahead (e.g. asks another aggregate whether it is still open and in the same
         * exercise).
         */
        public Dispatch after(Object precondition) {
            this.precondition = precondition;
            return this;
        }

        /** Sends the command and, once it committed, answers as {@code answer} says, with the version as ETag. */
        public ResponseEntity<Map<String, Object>> answer(Answer answer) {
            return dispatch(request, requestBody, decision, aggregateId, command, answer, precondition);
        }
    }

    private ResponseEntity<Map<String, Object>> dispatch(HttpServletRequest request, Object requestBody,
                                                         DecisionInput decision, String aggregateId, Object command,
                                                         Answer answer, Object precondition) {
        Actor actor = actorResolver.resolve(request);
        requireVisible(actor, aggregateId);
        DecisionInput input = decision == null ? DecisionInput.NONE : decision;
        requireReasonsOfConsequence(command, input);
        String idempotencyKey = idempotencyKey(request, actor);
        String fingerprint = idempotencyKey == null ? null : fingerprint(request, requestBody);
        if (idempotencyKey != null) {
            Optional<ResponseEntity<Map<String, Object>>> replay = replay(idempotencyKey, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }

        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        // No effective time given: none is stored, and it reads as the recorded time, which Axon stamps while the
        // aggregate is locked. A time taken here, before the lock, could order concurrent commands differently
        // on the read side than the aggregate applied them.
        Decision stored = Decision.by(actor.id(), actor.nation(), actor.roles())
                .rationale(input.rationale())
                .authority(input.authority())
                .effectiveTime(input.effectiveTime())
                .correlationId(reference(request, CORRELATION_ID).orElse(message.getIdentifier()))
                .causationId(reference(request, CAUSATION_ID).orElse(message.getIdentifier()))
                .exerciseId(reference(request, EXERCISE_ID).orElse(null))
                .releasableTo(input.releasableTo())
                .build();
        DispatchContext context = new DispatchContext(aggregateId,
                idempotencyKey == null ? null : pendingResponse(idempotencyKey, fingerprint, answer));
        MetaData decisionMetaData = stored.toMetaData();
        Map<String, Object> metaData = new LinkedHashMap<>(decisionMetaData);
        expectedVersion(request).ifPresent(v -> metaData.put(DecisionMetadata.EXPECTED_VERSION, v));
        if (!actor.coalitions().isEmpty()) {
            metaData.put(DecisionMetadata.ACTOR_COALITIONS, String.join(",", actor.coalitions()));
        }
        if (precondition != null) {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(precondition)
                    .andMetaData(decisionMetaData)
                    .andMetaData(actor.coalitions().isEmpty() ? Map.of()
                            : Map.of(DecisionMetadata.ACTOR_COALITIONS, String.join(",", actor.coalitions()))));
        }
        metaData.put(DispatchContext.METADATA_KEY, context);

        try {
            commandGateway.sendAndWait(message.andMetaData(MetaData.from(metaData)));
        } catch (DuplicateKeyException raced) {
            if (idempotencyKey == null) {
                throw raced;
            }
            // A concurrent retry held the key; this one waited for it to commit, rolled back entirely, and replays.
            return replay(idempotencyKey, fingerprint).orElseThrow(() -> raced);
        }
        long version = context.version() != null
                ? context.version()
                : eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
        return respond(answer.status(), answer.location(), version, body(answer, version), false);
    }

    /**
     * A record whose first event the actor may not see does not exist for them, on writes as on reads: the command is
     * answered exactly as for an id nothing was recorded under (404), before any rule that reads the record could say
     * more (whose it is, what state it is in) and before the If-Match check.
     */
    private void requireVisible(Actor actor, String aggregateId) {
        if (aggregateId == null) {
            return;
        }
        firstDecisions.of(aggregateId)
                .filter(first -> !Releasability.visibleTo(actor, first))
                .ifPresent(hidden -> {
                    throw new AggregateNotFoundException(aggregateId, "no such record: " + aggregateId);
                });
    }

    /** A decision of consequence says why and on whose authority, or is refused before anything is recorded. */
    static void requireReasonsOfConsequence(Object command, DecisionInput input) {
        if (!command.getClass().isAnnotationPresent(DecisionOfConsequence.class)) {
            return;
        }
        Map<String, String> missing = new LinkedHashMap<>();
        if (input.rationale() == null || input.rationale().isBlank()) {
            missing.put("decision.rationale", "a decision of consequence states why it is taken");
        }
        if (input.authority() == null || input.authority().isBlank()) {
            missing.put("decision.authority", "a decision of consequence names the authority it rests on "
                    + "(a resolution, an order, a council decision)");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }

    private Optional<ResponseEntity<Map<String, Object>>> replay(String key, String fingerprint) {
        return idempotencyStore.find(key).map(stored -> {
            if (!stored.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            Map<String, Object> body = read(stored.body());
            long version = Long.parseLong(stored.etag());
            return respond(HttpStatus.valueOf(stored.status()), stored.location(), version, body, true);
        });
    }

    private DispatchContext.PendingResponse pendingResponse(String key, String fingerprint, Answer answer) {
        return new DispatchContext.PendingResponse() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String fingerprint() {
                return fingerprint;
            }

            @Override
            public IdempotencyStore.StoredResponse complete(long version) {
                return new IdempotencyStore.StoredResponse(fingerprint, answer.status().value(), answer.location(),
                        Long.toString(version), write(body(answer, version)));
            }
        };
    }

    private static Map<String, Object> body(Answer answer, long version) {
        Map<String, Object> body = new LinkedHashMap<>(answer.ids());
        body.put("version", version);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, String location, long version,
                                                               Map<String, Object> body, boolean replayed) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).eTag("\"" + version + "\"");
        if (location != null) {
            response.location(URI.create(location));
        }
        if (replayed) {
            response.header(REPLAYED, "true");
        }
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    private static String idempotencyKey(HttpServletRequest request, Actor actor) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        // Keys are chosen by clients, so they are only unique per client.
        return actor.id() + "|" + key;
    }

    private static Optional<String> reference(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!REFERENCE.matcher(value).matches()) {
            throw new InvalidInput(header, "must be 1 to 100 letters, digits or . _ : -");
        }
        return Optional.of(value);
    }

    private static Optional<String> expectedVersion(HttpServletRequest request) {
        String value = request.getHeader(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank() || value.trim().equals("*")) {
            return Optional.empty();
        }
        var matcher = VERSION.matcher(value.trim());
        if (!matcher.matches()) {
            throw new InvalidInput(HttpHeaders.IF_MATCH, "must be an ETag this service sent, e.g. \"3\"");
        }
        return Optional.of(matcher.group(1));
    }

    private String fingerprint(HttpServletRequest request, Object requestBody) {
        byte[] body = CanonicalJson.of(write(requestBody).getBytes(StandardCharsets.UTF_8));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is not JSON", e);
        }
    }
}
