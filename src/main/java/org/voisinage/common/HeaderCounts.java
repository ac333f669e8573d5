package org.voisinage.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The badges of the header on every page of a signed-in person (unread messages, unread notifications), read in ONE
 * statement whatever their number (issue 12): each module that owns a count gives it as a {@link Count}, a scalar
 * sub-query of the person's id on its own tables, and this puts them side by side in one select.
 */
@Component
public class HeaderCounts {

    /**
     * One badge: the model attribute the layout reads, and a {@code select count(*) ...} of the module's own tables
     * for the person {@code :me}.
     */
    public interface Count {

        String attribute();

        String sql();
    }

    private final JdbcClient jdbc;
    private final List<Count> counts;

    HeaderCounts(JdbcClient jdbc, List<Count> counts) {
        this.jdbc = jdbc;
        this.counts = List.copyOf(counts);
    }

    /** Each count's attribute and value for this person, in one statement. */
    public Map<String, Long> of(long me) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        String select = IntStream.range(0, counts.size()).mapToObj(i -> "(" + counts.get(i).sql() + ") as c" + i)
                .collect(Collectors.joining(", ", "select ", ""));
        return jdbc.sql(select).param("me", me).query(rs -> {
            rs.next();
            Map<String, Long> values = new LinkedHashMap<>();
            for (int i = 0; i < counts.size(); i++) {
                values.put(counts.get(i).attribute(), rs.getLong(i + 1));
            }
            return values;
        });
    }
}
