package org.voisinage.moderation;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * Rows the moderation tests need, written with SQL and unique names: neighbourhoods somewhere in an ocean, open
 * challenges (the one reportable content in this branch), moderators of a neighbourhood.
 */
public record ModerationFixtures(TestData data, JdbcTemplate jdbc) {

    /** Two neighbourhoods of one new territory: [territory, A, B]. */
    public long[] territoryAndTwoNeighbourhoods() {
        double lon = ThreadLocalRandom.current().nextDouble(-40, -20);
        double lat = ThreadLocalRandom.current().nextDouble(-50, -30);
        long territory = data.territory();
        return new long[] {territory, data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01),
                data.neighbourhood(territory, lon, lat + 0.01, lon + 0.01, lat + 0.02)};
    }

    /** An open challenge of a neighbourhood (null: territory-wide). */
    public long challenge(long territoryId, Long neighbourhoodId, String title) {
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values (?, 'Trier ses biodéchets', 'WASTE', 'PUBLISHED') returning id""", Long.class,
                TestData.unique("Trier"));
        return jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state)
                values (?, ?, 'Ville de Test', 'TOWN', 'mairie@test.voisinage.test', 'installe des composteurs',
                        ?, ?, 10, current_date - 1, current_date + 30, 'OPEN') returning id""", Long.class,
                action, title, territoryId, neighbourhoodId);
    }

    /** A moderator of these neighbourhoods, living in the first. */
    public long moderatorOf(long... neighbourhoods) {
        long id = data.resident("MODERATOR", "VERIFIED", neighbourhoods[0], null);
        for (long n : neighbourhoods) {
            jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", id, n);
        }
        return id;
    }

    /** A resident verified long ago (trusted reporter). */
    long verifiedLongAgo(long neighbourhood) {
        long id = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        jdbc.update("update resident set verified_at = now() - interval '400 days' where id = ?", id);
        return id;
    }

    public boolean hidden(long challengeId) {
        return jdbc.queryForObject("select hidden_at is not null from challenge where id = ?", Boolean.class,
                challengeId);
    }

    public Long openCase(long challengeId) {
        return jdbc.query("select id from moderation_case where content_type = 'CHALLENGE' and content_id = ? "
                + "and status = 'OPEN'", (rs, i) -> rs.getLong(1), challengeId).stream().findFirst().orElse(null);
    }

    public long version(long caseId) {
        return jdbc.queryForObject("select version from moderation_case where id = ?", Long.class, caseId);
    }

    /**
     * An open case on a challenge with a resident as author: stands for the content of modules whose items have
     * authors (listings, comments...), which register their own {@link ModeratedContent} in their branches.
     */
    long caseWithAuthor(long challengeId, Long neighbourhoodId, long authorId) {
        return jdbc.queryForObject("""
                insert into moderation_case (content_type, content_id, neighbourhood_id, author_id, reported_title,
                                             status, report_count, score, opened_at)
                values ('CHALLENGE', ?, ?, ?, 'Reported', 'OPEN', 1, 1, now()) returning id""", Long.class,
                challengeId, neighbourhoodId, authorId);
    }

    long audits(String action, String subject) {
        return jdbc.queryForObject("select count(*) from audit_trail where action = ? and subject = ?", Long.class,
                action, subject);
    }
}
