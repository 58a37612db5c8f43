package org.entente.roe.caveat;

import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.MeasureSeries;

import java.time.Instant;
import java.util.List;

public record CaveatDeclared(String coalitionId, String nation, String caveatId, String category, String forceId,
                             List<String> measures, List<MeasureSeries> series, List<BaseActivity> activities,
                             List<String> areas, List<Degree> degrees, Instant from, Instant until,
                             String description) {
}
