package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;

import java.util.List;

/** The forces under coalition authority of one nation with one degree: how many, how large, which. */
public record ForceSummary(String nation, Degree degree, int forces, long totalSize, List<String> forceIds) {
}
