package org.entente.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.IdempotencyKeyReused;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.domain.UnknownEntity;
import org.entente.platform.domain.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error as RFC 9457 problem+json: 400 with the offending fields and why, 404 for an unknown aggregate, 409 for a
 * broken rule or a stale version, 422 for a reused Idempotency-Key. Nothing about internals leaks on a 500.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    public static final String TYPE_BASE = "https://entente.dev/problems/";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.isBindingFailure()
                    ? "cannot read '" + error.getRejectedValue() + "': must be " + expected(error)
                    : error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // The most specific cause of a bad date is a DateTimeParseException, which knows no field; the Jackson
        // exception that wraps it does.
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                cause = mapping;
                break;
            }
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return invalid(List.of(new FieldProblem(field, reason(mapping))));
        }
        String reason = cause instanceof JsonProcessingException json
                ? "malformed JSON: " + json.getOriginalMessage()
                : "the request body is missing or is not JSON";
        return invalid(List.of(new FieldProblem("body", reason)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
        return invalid(List.of(new FieldProblem(ex.getName(), "must be a valid " + expected)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput ex) {
        return invalid(ex.reasons().entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolation(RuleViolation ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", "A rule forbids this", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        return response(problem);
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class, UnknownEntity.class})
    ResponseEntity<Object> notFound(RuntimeException ex) {
        String detail = ex instanceof AggregateNotFoundException missing
                ? "no such record: " + missing.getAggregateIdentifier()
                : ex.getMessage();
        return response(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail));
    }

    /** A command named a member, pledge or milestone the coalition does not have. */
    @ExceptionHandler(AggregateEntityNotFoundException.class)
    ResponseEntity<Object> entityNotFound(AggregateEntityNotFoundException ex, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "this path";
        return response(problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "nothing is recorded at " + path + " for this command to act on"));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "The record changed meanwhile",
                "If-Match expected version " + ex.getExpectedVersion() + " but the record is at version "
                        + ex.getActualVersion() + "; read it again and decide on the current state");
        problem.setProperty("currentVersion", ex.getActualVersion());
        return response(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrency(ConcurrencyException ex) {
        return response(problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "another change to the same record was stored at the same moment; retry"));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReused ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key reused", ex.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem(CommandDispatcher.IDEMPOTENCY_KEY, ex.getMessage())));
        return response(problem);
    }

    /** A rule of authority refuses this actor this act; the rule is named, as for a broken domain rule. */
    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<Object> notPermitted(NotPermitted ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        return response(problem);
    }

    /** Thrown past the filters (method security): still a 403, never the catch-all's 500. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
        return response(problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "the token's roles do not allow this"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        return response(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated", ex.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        // Commands sent in this JVM throw our runtime exceptions as they are; Axon would only wrap checked ones
        // (CommandExecutionException), and none of ours is checked: anything arriving here is unexpected.
        log.error("Unexpected error", ex);
        return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the request could not be completed; nothing was recorded unless a later read shows it"));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return response(problem);
    }

    private static String reason(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "unknown field; known fields: " + unknown.getKnownPropertyIds();
        }
        if (mapping instanceof StrictInput.OutOfBounds outOfBounds) {
            return outOfBounds.getOriginalMessage();
        }
        if (mapping instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && (target.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(target))) {
                return "cannot read '" + format.getValue() + "': must be " + describe(target);
            }
            return "cannot read '" + format.getValue() + "' as " + (target == null ? "this field" : target.getSimpleName());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        if (mapping.getCause() instanceof java.time.DateTimeException) {
            return "must be a valid ISO-8601 date or instant, e.g. 2011-03-31 or 2011-03-31T06:00:00Z";
        }
        return mapping.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a valid ISO-8601 date or instant, e.g. 2011-03-31 or 2011-03-31T06:00:00Z";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object of " + type.getSimpleName();
    }

    /** What a query parameter that could not be converted should look like, from its type mismatch codes. */
    private static String expected(FieldError error) {
        String[] codes = error.getCodes() == null ? new String[0] : error.getCodes();
        for (String code : codes) {
            if (code.endsWith("java.time.Instant")) {
                return "an ISO-8601 instant, e.g. 2011-03-24T00:00:00Z";
            }
            if (code.endsWith("java.time.LocalDate")) {
                return "an ISO-8601 date, e.g. 2011-03-24";
            }
        }
        return "a valid value of its type";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(problem);
    }

    /** One field (or header, or query parameter) and what is wrong with it. */
    public record FieldProblem(String field, String reason) {
    }
}
