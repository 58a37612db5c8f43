package org.entente.contracts;

import org.entente.contracts.basing.v1.BasingLogisticsEventsV1;
import org.entente.contracts.commandstructure.v1.CommandStructureEventsV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.roe.v1.RulesOfEngagementEventsV1;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every text and list that crosses a topic has its bound, declared on the contract record. */
class ContractBoundsTest {

    static List<ContractType> everyContractType() {
        return Stream.of(MembershipEventsV1.TYPES, CommandStructureEventsV1.TYPES, BasingLogisticsEventsV1.TYPES,
                RulesOfEngagementEventsV1.TYPES).flatMap(List::stream).toList();
    }

    @Test
    void everyTextAndListOfEveryContractRecordIsBounded() {
        List<String> unbounded = new ArrayList<>();
        for (ContractType type : everyContractType()) {
            collectUnbounded(type.dataType(), type.dataType().getSimpleName(), unbounded);
        }
        assertThat(unbounded).as("contract components without @Bounded (or with a bound that does not fit)").isEmpty();
    }

    @Test
    void theBoundOfAComponentIsLookedUpByName() {
        assertThat(Bounds.lengthOf(org.entente.contracts.commandstructure.v1.ForceRecalled.class, "reason"))
                .isEqualTo(Bounds.TEXT);
        assertThatThrownBy(() -> Bounds.lengthOf(org.entente.contracts.membership.v1.Amount.class, "value"))
                .hasMessageContaining("declares no length");
    }

    private static void collectUnbounded(Class<?> record, String path, List<String> unbounded) {
        for (RecordComponent component : record.getRecordComponents()) {
            String where = path + "." + component.getName();
            Bounded bound = component.getAnnotation(Bounded.class);
            Class<?> type = component.getType();
            if (type == String.class) {
                if (bound == null || bound.length() <= 0 || bound.items() != 0) {
                    unbounded.add(where);
                }
            } else if (List.class.isAssignableFrom(type)) {
                Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (bound == null || bound.items() <= 0 || (item == String.class) != (bound.length() > 0)) {
                    unbounded.add(where);
                }
                if (item.isRecord()) {
                    collectUnbounded(item, where + "[]", unbounded);
                }
            } else if (type.isRecord()) {
                collectUnbounded(type, where, unbounded);
            }
        }
    }
}
