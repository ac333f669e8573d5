package org.voisinage.exchange;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exchange module's API for other modules. */
@Service
@Transactional(readOnly = true)
public class Listings {

    /** The resident's active (published, not expired, not hidden) listings, newest first. (Contract: the exchange work fills it.) */
    public List<ListingSummary> activeOf(long residentId) {
        return List.of();
    }
}
