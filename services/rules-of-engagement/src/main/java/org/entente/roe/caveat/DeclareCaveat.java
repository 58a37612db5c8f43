package org.entente.roe.caveat;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.MeasureSeries;

import java.time.Instant;
import java.util.List;

/**
 * A nation declares a restriction on its forces in the coalition (all of them, or the one {@code forceId}).
 *
 * @param recordId the nation's caveat record, {@link NationalCaveats#recordId(String, String)}
 */
public record DeclareCaveat(@TargetAggregateIdentifier String recordId, String coalitionId, String nation,
                            String caveatId, String category, String forceId, List<String> measures,
                            List<MeasureSeries> series, List<BaseActivity> activities, List<String> areas,
                            List<Degree> degrees, Instant from, Instant until, String description) {

    public DeclareCaveat {
        measures = measures == null ? List.of() : List.copyOf(measures);
        series = series == null ? List.of() : List.copyOf(series);
        activities = activities == null ? List.of() : List.copyOf(activities);
        areas = areas == null ? List.of() : List.copyOf(areas);
        degrees = degrees == null ? List.of() : List.copyOf(degrees);
    }
}
