package org.entente.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.entente.platform.reference.NationCode;
import org.entente.platform.reference.Nations;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;

/**
 * Shows in the OpenAPI document what {@link NationCode} enforces: upper-case letters, no longer than the longest
 * known code. Clients (and the fuzz tests) see the bound instead of an unbounded string.
 */
public class NationCodeSchema implements PropertyCustomizer {

    private static final int LONGEST = Nations.all().keySet().stream().mapToInt(String::length).max().orElse(6);

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations != null && property != null && (property.getType() == null || "string".equals(property.getType()))) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof NationCode) {
                    property.setPattern("^[A-Z]{2," + LONGEST + "}$");
                    property.setMaxLength(LONGEST);
                }
            }
        }
        return property;
    }
}
