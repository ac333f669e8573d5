package org.voisinage.profile;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/**
 * Profiles for moderation: what a resident wrote about themselves (skills, interests). Hiding hides those texts. A
 * profile is reported by its resident's id: it exists as long as the resident does, settings saved or not.
 */
@Component
class ProfileModeration extends ModeratedRows<ProfileSettings> {

    private final ProfileSettingsRepository settings;
    private final Residents residents;
    private final ProfileAccess access;

    ProfileModeration(ProfileSettingsRepository settings, Residents residents, ProfileAccess access, SiteClock clock) {
        super(ContentType.PROFILE, id -> residents.find(id).map(owner -> settings.findById(id)
                .orElseGet(() -> new ProfileSettings(id))), ProfileSettings::redact, clock);
        this.settings = settings;
        this.residents = residents;
        this.access = access;
    }

    /** The whole texts, for moderators. */
    @Override
    protected Summary summary(ProfileSettings chosen) {
        return summary(chosen, true);
    }

    /**
     * What the profile page shows a neighbour (the report form, and the report's copy): the texts only when their
     * owner chose to show them and moderators did not hide them.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> snapshotFor(long id, long residentId) {
        return find(id).map(chosen -> snapshot(id, chosen, summary(chosen, id == residentId)));
    }

    private Summary summary(ProfileSettings chosen, boolean wholeTexts) {
        ResidentView owner = residents.find(chosen.getResidentId()).orElseThrow();
        String texts = wholeTexts || chosen.textsShown() ? chosen.getSkills() + "\n" + chosen.getInterests() : "";
        return new Summary(owner.id(), owner.neighbourhoodId(), owner.displayName(), texts, "/voisins/" + owner.id());
    }

    @Override
    protected boolean seenBy(ProfileSettings chosen, long residentId) {
        return chosen.getResidentId() != residentId && access.maySee(residents.viewer(residentId), chosen.getResidentId());
    }

    /** Settings are saved on the first hiding: a resident who never saved any has none yet. */
    @Override
    public void hide(long id, String reason) {
        find(id).ifPresent(settings::save);
        super.hide(id, reason);
    }
}
