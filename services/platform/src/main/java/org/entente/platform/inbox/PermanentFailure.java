package org.entente.platform.inbox;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.platform.domain.RuleViolation;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * Tells a failure that retrying cannot cure from one that it may. Permanent: the record is refused by name
 * ({@link Poison}, a {@link RuleViolation}, an {@link IllegalArgumentException}), its values cannot be computed with
 * (a date or number out of range), or the database refuses the data itself — SQL state class 22 (data exception: too
 * long, out of range, an invalid byte such as NUL) or 23 (a constraint violated). A conflict with a concurrent writer of
 * the same aggregate is a constraint violation too, but a retry reads the new state, so it stays transient; so does
 * everything else (the database or the broker being down).
 */
public final class PermanentFailure {

    private static final int REASON_LIMIT = 2000;

    private PermanentFailure() {
    }

    /** Why {@code failure} can never succeed, or empty if it may on a retry. */
    public static Optional<String> reason(Throwable failure) {
        if (causes(failure, ConcurrencyException.class) || causes(failure, AggregateStreamCreationException.class)) {
            return Optional.empty();
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof Poison || t instanceof RuleViolation || t instanceof IllegalArgumentException
                    || t instanceof DateTimeException || t instanceof ArithmeticException) {
                return Optional.of(describe(t));
            }
            if (t instanceof SQLException sql && refusesTheData(sql.getSQLState())) {
                return Optional.of("the database refuses the data (SQL state " + sql.getSQLState() + "): "
                        + withoutData(sql.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The reason for any failure, permanent or not: the permanent reason, else the innermost cause. */
    public static String describeAny(Throwable failure) {
        return reason(failure).map(PermanentFailure::printable).orElseGet(() -> printable(rootCause(failure)));
    }

    /** The innermost cause, named by its class: what went wrong, not where it was wrapped. */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return describe(root);
    }

    /**
     * The database's words without the data they quote: the first line (PostgreSQL puts the failing row or key on a
     * "Detail" line), before the statement and the quoted value H2 appends. A reason is shown to operators, who read
     * no coalition records.
     */
    static String withoutData(String message) {
        if (message == null) {
            return "";
        }
        String words = message.lines().findFirst().orElse("");
        for (String cut : new String[]{"; SQL statement:", "\": \""}) {
            int at = words.indexOf(cut);
            if (at >= 0) {
                words = words.substring(0, at + (cut.startsWith("\"") ? 1 : 0));
            }
        }
        return words;
    }

    private static boolean refusesTheData(String sqlState) {
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"));
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A reason fit for a record header, a log line and a database column: no control characters, bounded. */
    static String printable(String reason) {
        StringBuilder out = new StringBuilder(Math.min(reason.length(), REASON_LIMIT));
        reason.codePoints().limit(REASON_LIMIT).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                out.append(c == 0 ? "\\u0000" : " ");
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() > REASON_LIMIT ? out.substring(0, REASON_LIMIT) : out.toString();
    }
}
