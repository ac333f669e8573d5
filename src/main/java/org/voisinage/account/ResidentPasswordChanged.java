package org.voisinage.account;

/** The resident's password was changed (by them, or through an emailed reset link): their sessions end. */
public record ResidentPasswordChanged(long residentId) {}
