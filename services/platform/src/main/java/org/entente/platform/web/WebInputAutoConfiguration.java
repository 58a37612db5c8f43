package org.entente.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every request goes through before a handler runs, beside the access rules. */
@AutoConfiguration
public class WebInputAutoConfiguration {

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
