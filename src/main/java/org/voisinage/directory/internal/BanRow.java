package org.voisinage.directory.internal;

/** A valid line of a BAN file, with the normalised keys computed at import time. */
public record BanRow(long lineNumber, String id, String numero, int numeroInt, String rep, String repNorm,
        String nomVoie, String voieNorm, String codePostal, String codeInsee, String nomCommune,
        String communeNorm, double lon, double lat) {}
