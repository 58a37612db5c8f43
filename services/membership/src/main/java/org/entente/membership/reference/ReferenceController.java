package org.entente.membership.reference;

import org.entente.platform.security.Reads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.membership.coalition.AmendmentClass;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.LegalBasisType;
import org.entente.membership.member.Governance;
import org.entente.membership.member.PartnerRole;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.platform.reference.Nations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The reference data clients need to fill in requests. */
@RestController
@RequestMapping("/reference")
@Tag(name = "Reference data")
public class ReferenceController {

    public record Party(String code, String name, boolean organisation) {
    }

    @Reads
    @GetMapping("/nations")
    @Operation(summary = "States (ISO 3166-1 alpha-3) and organisations that can take part in a coalition")
    public List<Party> nations() {
        return Nations.all().entrySet().stream()
                .map(e -> new Party(e.getKey(), e.getValue(), Nations.isOrganisation(e.getKey()))).toList();
    }

    @Reads
    @GetMapping("/vocabulary")
    @Operation(summary = "The enumerations used in requests")
    public Map<String, List<?>> vocabulary() {
        return Map.of(
                "coalitionKinds", List.of(CoalitionKind.values()),
                "purposes", List.of(CoalitionPurpose.values()),
                "legalBasisTypes", List.of(LegalBasisType.values()),
                "amendmentClasses", List.of(AmendmentClass.values()),
                "partnerRoles", List.of(PartnerRole.values()),
                "governance", List.of(Governance.values()),
                "pledgeCategories", List.of(PledgeCategory.values()));
    }
}
