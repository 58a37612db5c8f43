package org.entente.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses (401) a correctly signed token that lacks the claims a decision needs. Boot adds it to the issuer, audience
 * and time validators of its own decoder.
 */
public class ActorClaimsValidator implements OAuth2TokenValidator<Jwt> {

    private final ActorClaims claims;

    public ActorClaimsValidator(ActorClaims claims) {
        this.claims = claims;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        ActorClaims.Result result = claims.read(jwt);
        return result.actor() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, result.refusal(), null));
    }
}
