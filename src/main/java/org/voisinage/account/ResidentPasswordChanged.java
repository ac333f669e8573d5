package org.voisinage.account;

/**
 * The resident's password was changed (by them, or through an emailed reset link): their sessions end, but the one
 * they changed it from on the account page ({@code keptSessionId}, null for none).
 */
public record ResidentPasswordChanged(long residentId, String keptSessionId) {

    public ResidentPasswordChanged(long residentId) {
        this(residentId, null);
    }
}
