package org.entente.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What every request goes through before a handler runs, beside the access rules, and how every error is answered
 * (problem+json). Runs before Boot's error handling so that its error controller backs off.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import({ProblemResponses.class, ProblemErrorController.class})
public class WebInputAutoConfiguration {

    /**
     * Request bodies say what they mean and hold only what every consumer can store (StrictInput): a number or a
     * boolean where text is expected is refused (400), not quietly turned into text (the reverse is refused by
     * spring.jackson.mapper.allow-coercion-of-scalars=false); a key given twice is refused, not last-one-wins.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictInput() {
        return builder -> builder
                .deserializerByType(String.class, StrictInput.text())
                .deserializerByType(Instant.class, StrictInput.instant())
                .deserializerByType(LocalDate.class, StrictInput.localDate())
                .deserializerByType(BigDecimal.class, StrictInput.decimal())
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> {
                    MutableCoercionConfig textual = mapper.coercionConfigFor(LogicalType.Textual);
                    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                            CoercionInputShape.Boolean)) {
                        textual.setCoercion(shape, CoercionAction.Fail);
                    }
                });
    }

    @Bean
    NationCodeSchema nationCodeSchema() {
        return new NationCodeSchema();
    }

    @Bean
    WebMvcConfigurer acceptableAnswers() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptableAnswer());
            }
        };
    }
}
