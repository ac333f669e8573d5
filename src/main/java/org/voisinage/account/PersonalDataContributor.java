package org.voisinage.account;

import java.util.List;

/**
 * A module's part of a resident's data export: each module gives what it holds about the person from its own tables
 * (the account module cannot read them, and no module reads another's). {@link #data} is written as JSON under
 * {@link #section}: lists, maps and records of plain values.
 */
public interface PersonalDataContributor {

    /** The JSON key of this part: "messages", "pledges"... unique among contributors. */
    String section();

    Object data(long residentId);

    /** The stored names (common.Photos) of the photos the person uploaded, added to the archive. */
    default List<String> photos(long residentId) {
        return List.of();
    }
}
