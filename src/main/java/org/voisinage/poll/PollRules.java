package org.voisinage.poll;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Each territory's rule, set by its staff: whether organisers of its initiatives may open polls to their members. */
@Service
@Transactional(readOnly = true)
public class PollRules {

    public record TerritoryRule(long territoryId, String territoryName, boolean organisersMayOpen) {}

    private final PollAccess access;
    private final Neighbourhoods neighbourhoods;
    private final JdbcClient jdbc;

    PollRules(PollAccess access, Neighbourhoods neighbourhoods, JdbcClient jdbc) {
        this.access = access;
        this.neighbourhoods = neighbourhoods;
        this.jdbc = jdbc;
    }

    /** The rules of the territories this staff member runs. */
    public List<TerritoryRule> of(Viewer viewer) {
        return neighbourhoods.territories().stream().filter(t -> viewer.staffOf(t.id()))
                .map(t -> new TerritoryRule(t.id(), t.name(), access.organisersMayOpen(t.id()))).toList();
    }

    /** @throws NotFoundException a territory that does not exist or that this staff member does not run */
    @Transactional
    public void set(Viewer viewer, long territoryId, boolean organisersMayOpen) {
        if (!viewer.staffOf(territoryId)) {
            throw new NotFoundException("territory", territoryId);
        }
        neighbourhoods.territory(territoryId);
        jdbc.sql("""
                insert into poll_territory_rule (territory_id, organisers_may_open) values (?, ?)
                on conflict (territory_id) do update set organisers_may_open = excluded.organisers_may_open""")
                .params(territoryId, organisersMayOpen).update();
    }
}
