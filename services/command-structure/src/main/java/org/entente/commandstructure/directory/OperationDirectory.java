package org.entente.commandstructure.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.entente.commandstructure.operation.OperationClosed;
import org.entente.commandstructure.operation.OperationEstablished;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which operations each coalition has, and which are open: what a reaction to a membership event needs to find the
 * operations it concerns without reading every operation's history. Kept by a subscribing processor, so it changes
 * in the transaction of the command that established or closed the operation.
 * <p>
 * It lists every operation, also those established releasable to some nations only, and it is not filtered by
 * reader: the reactions (the service's own work) need them all. A read for a user must not answer from it alone:
 * {@code OperationQueries} keeps only the operations whose history the reader may see.
 */
@Component
@ProcessingGroup(OperationDirectory.PROCESSOR)
public class OperationDirectory implements OpenOperations {

    public static final String PROCESSOR = "operation-directory";

    private final JdbcTemplate jdbc;

    public OperationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperationEstablished event) {
        jdbc.update("INSERT INTO operation_directory (operation_id, coalition_id, name, is_open) VALUES (?, ?, ?, ?)",
                event.operationId(), event.coalitionId(), event.name(), true);
    }

    @EventHandler
    void on(OperationClosed event) {
        jdbc.update("UPDATE operation_directory SET is_open = ? WHERE operation_id = ?", false, event.operationId());
    }

    @Override
    public List<String> of(String coalitionId) {
        return jdbc.queryForList("SELECT operation_id FROM operation_directory WHERE coalition_id = ? AND is_open = ?"
                + " ORDER BY listed_order", String.class, coalitionId, true);
    }

    /** Every operation, or the coalition's, oldest first. */
    public List<String> operations(String coalitionId) {
        return coalitionId == null
                ? jdbc.queryForList("SELECT operation_id FROM operation_directory ORDER BY listed_order", String.class)
                : jdbc.queryForList("SELECT operation_id FROM operation_directory WHERE coalition_id = ?"
                + " ORDER BY listed_order", String.class, coalitionId);
    }
}
