package org.voisinage.profile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.messaging.Conversations;
import org.voisinage.messaging.ResidentReach;

/**
 * Who may see a resident's profile (their name and street, their texts, listings and thanks): the one rule, asked by
 * the profile page, the report form, and (through {@link ResidentReach}) by messaging before a conversation starts
 * from a profile. A profile is seen by:
 * <ul>
 * <li>the person themselves;</li>
 * <li>staff and the moderators of the person's neighbourhood ({@link Viewer#moderates});</li>
 * <li>the verified members of the person's neighbourhood;</li>
 * <li>verified residents already in a conversation with them (every exchange is arranged in one): met through a
 * subject both may see, such as a listing whose radius reached the other's neighbourhood.</li>
 * </ul>
 * Not the whole territory: listings reach other neighbourhoods by distance (their radius), not by territory, so a
 * resident elsewhere meets someone only through something they may see. A resident who is not verified (pending,
 * rejected) or has no neighbourhood is seen by themselves and staff only. For anyone else the profile does not exist.
 */
@Service
@Transactional(readOnly = true)
public class ProfileAccess implements ResidentReach {

    private final Residents residents;
    private final Conversations conversations;

    ProfileAccess(Residents residents, Conversations conversations) {
        this.residents = residents;
        this.conversations = conversations;
    }

    /** Whether {@code viewer} may see the profile of {@code ownerId}; false for an unknown resident. */
    @Override
    public boolean maySee(Viewer viewer, long ownerId) {
        return residents.find(ownerId).filter(owner -> maySee(viewer, owner)).isPresent();
    }

    boolean maySee(Viewer viewer, ResidentView owner) {
        if (viewer.is(owner.id())) {
            return true;
        }
        if (!owner.verified() || owner.neighbourhoodId() == null) {
            return viewer.staff();
        }
        if (viewer.moderates(owner.neighbourhoodId()) || viewer.isMemberOf(owner.neighbourhoodId())) {
            return true;
        }
        return viewer.verified() && conversations.haveTalked(viewer.id(), owner.id());
    }
}
