package org.entente.commandstructure.operation;

public enum OperationStatus {
    OPEN, CLOSED
}
