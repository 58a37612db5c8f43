package org.entente.platform.decision;

import jakarta.servlet.http.HttpServletRequest;
import org.entente.platform.reference.Nations;
import org.entente.platform.web.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Development resolver: trusts {@code X-Actor}, {@code X-Actor-Nation} and {@code X-Actor-Roles}, falling back to a
 * configured development actor. Anyone who can reach the port can claim to be anyone, which is why authentication
 * replaces this resolver outside a developer's machine.
 */
public class HeaderActorResolver implements ActorResolver {

    public static final String ACTOR_HEADER = "X-Actor";
    public static final String NATION_HEADER = "X-Actor-Nation";
    public static final String ROLES_HEADER = "X-Actor-Roles";

    private static final Pattern ACTOR_ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Actor developmentDefault;

    public HeaderActorResolver(Actor developmentDefault) {
        this.developmentDefault = developmentDefault;
    }

    @Override
    public Actor resolve(HttpServletRequest request) {
        String id = valueOr(request.getHeader(ACTOR_HEADER), developmentDefault.id());
        if (!ACTOR_ID.matcher(id).matches()) {
            throw new InvalidInput(ACTOR_HEADER, "must be 1 to 100 letters, digits or . _ @ -");
        }
        String nation = valueOr(request.getHeader(NATION_HEADER), developmentDefault.nation());
        if (!Nations.isKnown(nation)) {
            throw new InvalidInput(NATION_HEADER, "must be an ISO 3166-1 alpha-3 code or an organisation code");
        }
        String rolesHeader = request.getHeader(ROLES_HEADER);
        List<String> roles = rolesHeader == null || rolesHeader.isBlank()
                ? developmentDefault.roles()
                : Arrays.stream(rolesHeader.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        if (roles.size() > 20 || !roles.stream().allMatch(r -> ROLE.matcher(r).matches())) {
            throw new InvalidInput(ROLES_HEADER, "must be a comma-separated list of lower-case role names");
        }
        return new Actor(id, nation, roles);
    }

    private static String valueOr(String header, String fallback) {
        return header == null || header.isBlank() ? fallback : header.trim();
    }
}
