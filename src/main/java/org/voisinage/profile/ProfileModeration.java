package org.voisinage.profile;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Profiles for moderation: what a resident wrote about themselves (skills, interests). Hiding hides those texts. */
@Component
@Transactional(readOnly = true)
class ProfileModeration implements ModeratedContent {

    private final ProfileSettingsRepository settings;
    private final Residents residents;
    private final ProfileAccess access;

    ProfileModeration(ProfileSettingsRepository settings, Residents residents, ProfileAccess access) {
        this.settings = settings;
        this.residents = residents;
        this.access = access;
    }

    @Override
    public ContentType type() {
        return ContentType.PROFILE;
    }

    /** The whole texts, for moderators. */
    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return snapshot(id, true);
    }

    /**
     * What the profile page shows a neighbour (the report form, and the report's copy): the texts only when their
     * owner chose to show them and moderators did not hide them.
     */
    @Override
    public Optional<ContentSnapshot> snapshotFor(long id, long residentId) {
        return snapshot(id, id == residentId);
    }

    private Optional<ContentSnapshot> snapshot(long id, boolean wholeTexts) {
        return residents.find(id).map(owner -> {
            ProfileSettings chosen = settings.findById(id).orElseGet(() -> new ProfileSettings(id));
            String texts = wholeTexts || chosen.textsShown() ? chosen.getSkills() + "\n" + chosen.getInterests() : "";
            return new ContentSnapshot(new ContentRef(ContentType.PROFILE, id), id, owner.neighbourhoodId(),
                    owner.displayName(), texts, "/voisins/" + id, chosen.isHidden());
        });
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return id != residentId && access.maySee(residents.viewer(residentId), id);
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        settings.save(settings.findById(id).orElseGet(() -> new ProfileSettings(id))).hide(reason);
    }

    @Override
    @Transactional
    public void restore(long id) {
        settings.findById(id).ifPresent(ProfileSettings::restore);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        settings.findById(id).ifPresent(chosen -> chosen.redact(text));
    }
}
