package org.entente.contracts;

import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void aPublicTopicIsOwnedByTheServiceItNames() {
        assertThat(Topics.owner(Topics.MEMBERSHIP_V1)).contains(MembershipEventsV1.SOURCE);
        assertThat(Topics.owner(Topics.RULES_OF_ENGAGEMENT_V1)).contains(RulesOfEngagementEventsV1.SOURCE);
        assertThat(Topics.owner("entente.membership.v2")).contains(MembershipEventsV1.SOURCE);
    }

    @Test
    void deadLetterAndForeignTopicsHaveNoOwningSource() {
        assertThat(Topics.owner(Topics.deadLetter("membership"))).isEmpty();
        assertThat(Topics.owner("entente.dead-letter.v1")).isEmpty();
        assertThat(Topics.owner("orders")).isEmpty();
        assertThat(Topics.owner(null)).isEmpty();
    }
}
