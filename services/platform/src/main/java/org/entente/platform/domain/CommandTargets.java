package org.entente.platform.domain;

/**
 * How an aggregate finds the record a command targets, named for {@code @Aggregate(commandTargetResolver = ...)}:
 * a constant here so that the domain names it without depending on the command plumbing that implements it.
 */
public final class CommandTargets {

    /** The record and, with {@code If-Match}, the version of it the command was decided on. */
    public static final String BY_VERSION = "metadataVersionTargetResolver";

    private CommandTargets() {
    }
}
