package org.entente.platform.inbox;

import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;

import java.sql.SQLException;
import java.time.DateTimeException;

import static org.assertj.core.api.Assertions.assertThat;

class PermanentFailureTest {

    private static SQLException sql(String state, String message) {
        return new SQLException(message, state);
    }

    @Test
    void whatTheDatabaseRefusesAsDataIsPermanentWithItsSqlState() {
        assertThat(PermanentFailure.reason(new DataIntegrityViolationException("insert",
                sql("22001", "value too long for type character varying(300)"))))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .isEqualTo("the database refuses the data (SQL state 22001): value too long for type "
                                + "character varying(300)"));
        assertThat(PermanentFailure.reason(new IllegalStateException(sql("22021",
                "invalid byte sequence for encoding \"UTF8\": 0x00")))).isPresent();
        assertThat(PermanentFailure.reason(sql("22008", "timestamp out of range"))).isPresent();
        assertThat(PermanentFailure.reason(sql("23502", "null value in column"))).isPresent();
    }

    @Test
    void refusalsByNameAndValuesThatCannotBeComputedArePermanent() {
        assertThat(PermanentFailure.reason(new Poison("no tally"))).contains("Poison: no tally");
        assertThat(PermanentFailure.reason(new RuleViolation("coalition-dissolved", "closed"))).isPresent();
        assertThat(PermanentFailure.reason(new IllegalArgumentException("bad"))).isPresent();
        assertThat(PermanentFailure.reason(new RuntimeException(new DateTimeException("year 1000000000")))).isPresent();
        assertThat(PermanentFailure.reason(new ArithmeticException("long overflow"))).isPresent();
    }

    @Test
    void aConcurrentWriterAndAnOutageAreTransient() {
        assertThat(PermanentFailure.reason(new ConcurrencyException("sequence taken",
                sql("23505", "duplicate key value violates unique constraint")))).isEmpty();
        assertThat(PermanentFailure.reason(new TransientDataAccessResourceException("down",
                sql("08006", "connection failure")))).isEmpty();
        assertThat(PermanentFailure.reason(sql("40001", "could not serialize access"))).isEmpty();
        assertThat(PermanentFailure.reason(new IllegalStateException("database hiccup"))).isEmpty();
    }

    @Test
    void theReasonKeepsTheDatabasesWordsButNotTheDataTheyQuote() {
        assertThat(PermanentFailure.reason(sql("23505", "ERROR: duplicate key value violates unique constraint \"pk\"\n"
                + "  Detail: Key (nation)=(NOR) already exists.")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("unique constraint").doesNotContain("NOR"));
        assertThat(PermanentFailure.reason(sql("22001", "Value too long for column \"NOTE CHARACTER VARYING(10)\": "
                + "\"'secret text' (11)\"; SQL statement: INSERT INTO t VALUES (?)")))
                .hasValueSatisfying(reason -> assertThat(reason).endsWith("Value too long for column \"NOTE CHARACTER "
                        + "VARYING(10)\"").doesNotContain("secret"));
    }

    @Test
    void aConcurrentFirstEventIsTransient() {
        assertThat(PermanentFailure.reason(new org.axonframework.modelling.command.AggregateStreamCreationException(
                "exists", sql("23505", "duplicate key")))).isEmpty();
    }

    @Test
    void aReasonIsPrintableAndBounded() {
        assertThat(PermanentFailure.printable("a\u0000b\u001bc\n")).isEqualTo("a\\u0000b c ");
        assertThat(PermanentFailure.printable("x".repeat(5000))).hasSize(2000);
        assertThat(PermanentFailure.describeAny(new IllegalStateException(new java.io.IOException("disk"))))
                .isEqualTo("IOException: disk");
    }
}
