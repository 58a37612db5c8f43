package org.entente.roe.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.entente.platform.security.Reads;
import org.entente.platform.web.NotFound;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.CaveatCategories;
import org.entente.roe.reference.CaveatCategory;
import org.entente.roe.reference.Compendium;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.Effect;
import org.entente.roe.reference.Measure;
import org.entente.roe.reference.MeasureSeries;
import org.entente.roe.reference.ParameterKind;
import org.entente.roe.reference.PlacementFunctions;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The measure compendium and the vocabulary clients need to fill in requests. */
@RestController
@Validated
@Tag(name = "Reference data", description = "The measure compendium, caveat categories, degrees, activities")
public class ReferenceController {

    /** A series of the compendium, with the weakest coalition authority under which its measures may be ordered. */
    public record Series(MeasureSeries series, int number, Degree authorityNeeded, List<Measure> measures) {
    }

    @Reads
    @GetMapping("/compendium")
    @Operation(summary = "The measure compendium, by series",
            description = "Each measure permits or prohibits an action; some take a parameter; a prohibition names "
                    + "the broader permissions it narrows (and beats, where both are authorised).")
    public List<Series> compendium(@RequestParam(required = false) MeasureSeries series) {
        return Arrays.stream(MeasureSeries.values()).filter(s -> series == null || s == series)
                .map(s -> new Series(s, s.number(), s.authorityNeeded(), Compendium.series(s))).toList();
    }

    @Reads
    @GetMapping("/compendium/{code}")
    @Operation(summary = "One measure of the compendium, e.g. 13A")
    public Measure measure(@PathVariable @Pattern(regexp = "[0-9]{2}[A-Z]", message = "must be a measure code such "
            + "as 13A") String code) {
        return Compendium.measure(code).orElseThrow(() -> new NotFound("the compendium has no measure " + code));
    }

    @Reads
    @GetMapping("/reference/caveat-categories")
    @Operation(summary = "The categories national caveats are filed under")
    public List<CaveatCategory> caveatCategories() {
        return CaveatCategories.ALL;
    }

    @Reads
    @GetMapping("/reference/placement-functions")
    @Operation(summary = "What command-structure's placement functions cover, as base activities",
            description = "A placement limited to functions covers a measure when a function names the measure's "
                    + "series or base activity, or is listed here with that activity.")
    public Map<String, Set<BaseActivity>> placementFunctions() {
        return new TreeMap<>(PlacementFunctions.ACTIVITIES);
    }

    @Reads
    @GetMapping("/reference/vocabulary")
    @Operation(summary = "The enumerations used in requests and answers")
    public Map<String, List<?>> vocabulary() {
        Map<String, List<?>> vocabulary = new LinkedHashMap<>();
        vocabulary.put("series", List.of(MeasureSeries.values()));
        vocabulary.put("effects", List.of(Effect.values()));
        vocabulary.put("parameterKinds", List.of(ParameterKind.values()));
        vocabulary.put("baseActivities", List.of(BaseActivity.values()));
        vocabulary.put("degrees", List.of(Degree.values()));
        vocabulary.put("caveatCategories", CaveatCategories.ALL.stream().map(CaveatCategory::code).toList());
        return vocabulary;
    }
}
