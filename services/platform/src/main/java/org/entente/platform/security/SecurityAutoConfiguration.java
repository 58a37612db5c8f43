package org.entente.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.platform.decision.ActorResolver;
import org.entente.platform.history.CurrentReader;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: a request carries a signed JWT, verified against the configured issuer
 * (its key set, issuer name, audience, validity, and the claims a decision needs); the actor recorded with a decision
 * comes from that token. Only health, metrics for scraping and the API description are open.
 *
 * <p>Runs before Boot's own security configurations so that theirs back off; Boot's {@code JwtDecoder} is kept
 * (a decoder of our own would silently drop its issuer and audience validators) and gets {@link ActorClaimsValidator}
 * as an additional validator.
 */
@AutoConfiguration(before = {org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    /** Open without a token: liveness/readiness probes, Prometheus scraping, the API description, error rendering. */
    static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    ActorClaims actorClaims(SecurityProperties properties) {
        return new ActorClaims(properties.claims());
    }

    @Bean
    ActorClaimsValidator actorClaimsValidator(ActorClaims actorClaims) {
        return new ActorClaimsValidator(actorClaims);
    }

    @Bean
    ActorResolver actorResolver() {
        return new JwtActorResolver();
    }

    /** The reader of the request on this thread, for releasability; empty outside a request (the service's own work). */
    @Bean
    CurrentReader currentReader() {
        return JwtActorResolver::reader;
    }

    @Bean
    AccessInterceptor accessInterceptor() {
        return new AccessInterceptor();
    }

    @Bean
    WebMvcConfigurer accessRulesOfHandlers(AccessInterceptor accessInterceptor) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(accessInterceptor);
            }
        };
    }

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ObjectMapper objectMapper) {
        return new ProblemSecurityResponses(objectMapper);
    }

    @Bean
    SecurityFilterChain ententeSecurityFilterChain(HttpSecurity http, ActorClaims actorClaims,
                                                   ProblemSecurityResponses problems) throws Exception {
        // The actor is read from the claims once, here; the validator has already refused tokens without one.
        Converter<Jwt, AbstractAuthenticationToken> toActor =
                jwt -> new ActorAuthentication(jwt, actorClaims.read(jwt).actor());

        return http
                // Bearer tokens only, no cookies or sessions: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN).permitAll();
                    // Which roles may call which endpoint: @Allowed / @Reads on each handler (AccessInterceptor).
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(toActor))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }
}
