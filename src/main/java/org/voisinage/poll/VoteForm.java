package org.voisinage.poll;

import java.util.List;

/** The options a resident ticks (one radio button, or several boxes). */
public record VoteForm(List<Long> choices) {

    public boolean chose(long optionId) {
        return choices != null && choices.contains(optionId);
    }
}
