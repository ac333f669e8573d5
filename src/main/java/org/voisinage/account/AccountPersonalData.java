package org.voisinage.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The account's part of an export: who the person is, and where they live. */
@Component
class AccountPersonalData implements PersonalDataContributor {

    private final ResidentRepository residents;

    AccountPersonalData(ResidentRepository residents) {
        this.residents = residents;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        residents.findById(residentId).ifPresent(r -> {
            data.put("id", r.getId());
            data.put("displayName", r.getDisplayName());
            data.put("email", r.getEmail());
            data.put("language", r.getLocale().getLanguage());
            data.put("role", r.getRole().name());
            data.put("status", r.getStatus().name());
            data.put("createdAt", r.getCreatedAt());
            data.put("emailConfirmedAt", r.getEmailConfirmedAt());
            data.put("verifiedAt", r.getVerifiedAt());
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("neighbourhoodId", r.getNeighbourhoodId());
            address.put("directoryAddressId", r.getAddressId());
            address.put("street", r.getStreetLabel());
            address.put("flat", r.getFlat());
            address.put("memberNumber", r.getMemberNumber());
            data.put("address", address);
            data.put("suspendedUntil", r.getSuspendedUntil());
            data.put("bannedAt", r.getBannedAt());
            data.put("sanctionReason", r.getSanctionReason());
        });
        return data;
    }
}
