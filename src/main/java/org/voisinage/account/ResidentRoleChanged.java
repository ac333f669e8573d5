package org.voisinage.account;

import java.util.Set;

/** Staff changed a person's role or the neighbourhoods they moderate: their sessions end. */
public record ResidentRoleChanged(long residentId, Role role, Set<Long> moderatedNeighbourhoods) {}
