package org.voisinage.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentErased;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;

/**
 * Read API tokens: made (the token shown once, only its SHA-256 kept), listed with their last use, revoked, and
 * recognised on each call. A personal token is its resident's; an application token its territories' staff's.
 */
@Service
public class ApiTokens implements org.voisinage.account.StaffScopedObjects {

    /** Recognisable in a leak report or a secret scanner: Voisinage's read API. */
    static final String PREFIX = "vsn_";

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its list shows it; never the token itself. */
    public record TokenView(long id, ApiTokenKind kind, String name, String hint, Set<Long> territories,
            List<String> origins, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A token just made: the only time its secret is at hand. */
    public record Made(long id, String token) {}

    private final ApiTokenRepository tokens;
    private final SiteClock clock;

    ApiTokens(ApiTokenRepository tokens, SiteClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public Made makePersonal(long residentId, String name) {
        return make(ApiTokenKind.PERSONAL, name, residentId, residentId, Set.of(), List.of());
    }

    /** @throws Refusal when a territory is not the staff member's, none is chosen, or an origin is malformed */
    @Transactional
    Made makeApplication(Viewer staff, ApiTokenForms.Application form) {
        if (!staff.staff()) {
            throw Refusal.forbidden("api.token.staffOnly");
        }
        Set<Long> territories = form.territories() == null ? Set.of() : Set.copyOf(form.territories());
        if (territories.isEmpty()) {
            throw Refusal.invalid("territories", "api.token.territories.required");
        }
        if (!territories.stream().allMatch(staff::staffOf)) {
            throw Refusal.invalid("territories", "api.token.territories.notYours");
        }
        return make(ApiTokenKind.APPLICATION, form.name(), null, staff.id(), territories, origins(form.origins()));
    }

    private Made make(ApiTokenKind kind, String name, Long residentId, long createdBy, Set<Long> territories,
            List<String> origins) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hint = token.substring(0, PREFIX.length() + 4);
        ApiToken saved = tokens.save(new ApiToken(kind, name.strip(), hash(token), hint, residentId, createdBy,
                territories, origins));
        return new Made(saved.getId(), token);
    }

    /** Browser origins, one a line, each {@code https://host[:port]}; blank lines skipped. */
    static List<String> origins(String text) {
        List<String> origins = new ArrayList<>();
        if (text == null) {
            return origins;
        }
        for (String line : text.split("\\R")) {
            String origin = line.strip();
            if (origin.isEmpty()) {
                continue;
            }
            if (!ORIGIN.matcher(origin).matches()) {
                throw Refusal.invalid("origins", "api.token.origins.invalid", origin);
            }
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        return origins;
    }

    @Transactional(readOnly = true)
    public List<TokenView> personal(long residentId) {
        return tokens.findByKindAndResidentIdOrderByIdDesc(ApiTokenKind.PERSONAL, residentId).stream()
                .map(ApiTokens::view).toList();
    }

    /** The application tokens this staff member looks after: all, or for staff limited to some territories theirs. */
    @Transactional(readOnly = true)
    List<TokenView> applications(Viewer staff) {
        return tokens.findByKindOrderByIdDesc(ApiTokenKind.APPLICATION).stream()
                .filter(t -> looksAfter(staff, t)).map(ApiTokens::view).toList();
    }

    /** A resident revokes their own personal token; anyone else's is not found. */
    @Transactional
    public void revokePersonal(long residentId, long id) {
        tokens.findById(id).filter(t -> t.getKind() == ApiTokenKind.PERSONAL && t.getResidentId() == residentId)
                .orElseThrow(() -> new NotFoundException("api token", id)).revoke(clock.now());
    }

    @Transactional
    void revokeApplication(Viewer staff, long id) {
        tokens.findById(id).filter(t -> t.getKind() == ApiTokenKind.APPLICATION && looksAfter(staff, t))
                .orElseThrow(() -> new NotFoundException("api token", id)).revoke(clock.now());
    }

    @Override
    public String adminPath() {
        return ApiTokenController.ADMIN;
    }

    /** An application token is its territories' staff's: for staff limited to some, all of them theirs. */
    @Override
    @Transactional(readOnly = true)
    public boolean staffOf(Viewer viewer, long id) {
        return tokens.findById(id).filter(t -> t.getKind() == ApiTokenKind.APPLICATION && looksAfter(viewer, t))
                .isPresent();
    }

    /** Staff of every one of its territories. */
    private static boolean looksAfter(Viewer staff, ApiToken token) {
        return staff.staff() && token.getTerritories().stream().allMatch(staff::staffOf);
    }

    /** The caller a presented token stands for, its use recorded; empty when unknown or revoked. */
    @Transactional
    Optional<ApiCaller> recognise(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(t -> !t.isRevoked()).map(t -> {
            Instant now = clock.now();
            tokens.markUsed(t.getId(), now, now.minus(Duration.ofMinutes(1)));
            return new ApiCaller(t.getId(), t.getKind(), t.getResidentId(), t.getTerritories(),
                    t.allowedOriginList());
        });
    }

    /** Whether some live application token lets this browser origin call. */
    @Transactional(readOnly = true)
    boolean originAllowed(String origin) {
        return origin != null && tokens.originAllowed(origin);
    }

    @EventListener
    void on(ResidentErased erased) {
        tokens.deleteByResident(erased.residentId());
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(t.getId(), t.getKind(), t.getName(), t.getHint(), t.getTerritories(),
                t.allowedOriginList(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
