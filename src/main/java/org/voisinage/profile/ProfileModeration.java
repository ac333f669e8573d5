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

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return residents.find(id).map(owner -> {
            ProfileSettings chosen = settings.findById(id).orElseGet(() -> new ProfileSettings(id));
            return new ContentSnapshot(new ContentRef(ContentType.PROFILE, id), id, owner.neighbourhoodId(),
                    owner.displayName(), chosen.getSkills() + "\n" + chosen.getInterests(), "/voisins/" + id,
                    chosen.isHidden());
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
