package org.entente.infra.issuer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a token for an actor, signed with the local issuer's key: {@code infra/bin/token --actor a.dupont
 * --nation FRA --roles planner [--coalitions ID,...] [--clearances coalition-wide-audit] [--valid-for 8h]}.
 * Reading the key file is the authorisation: whoever can read the local stack's data directory could sign anyway.
 */
public final class TokenCommand {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("token: " + e.getMessage());
            System.err.println("usage: token --actor ID --nation CODE --roles ROLE[,ROLE] [--coalitions ID[,ID]]"
                    + " [--clearances NAME[,NAME]] [--valid-for 8h] [--data-dir DIR]");
            System.exit(2);
        }
    }

    static String run(String[] args) {
        String actor = null;
        String nation = null;
        List<String> roles = List.of();
        List<String> coalitions = List.of();
        List<String> clearances = List.of();
        Duration validFor = TokenRequest.DEFAULT_VALIDITY;
        String dataDirEnv = System.getenv("ENTENTE_DATA_DIR");
        Path dataDir = Path.of(dataDirEnv == null || dataDirEnv.isBlank() ? "data" : dataDirEnv, "issuer");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i++]) {
                case "--actor" -> actor = value;
                case "--nation" -> nation = value;
                case "--roles" -> roles = list(value);
                case "--coalitions" -> coalitions = list(value);
                case "--clearances" -> clearances = list(value);
                case "--valid-for" -> validFor = duration(value);
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        if (actor == null || nation == null) {
            throw new IllegalArgumentException("--actor and --nation are required");
        }
        SigningKey key = SigningKey.load(dataDir);
        String issuer = issuer(dataDir);
        return key.sign(issuer, new TokenRequest(actor, nation, roles, coalitions, clearances, validFor), Instant.now());
    }

    private static String issuer(Path dataDir) {
        Path file = dataDir.resolve(TokenIssuer.ISSUER_FILE);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no " + file + ": start the local stack (infra/bin/local-stack) first");
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Duration duration(String value) {
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--valid-for must be a number and s, m, h or d, e.g. 8h");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
