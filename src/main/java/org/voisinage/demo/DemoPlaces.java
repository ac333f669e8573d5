package org.voisinage.demo;

import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressImports;
import org.voisinage.directory.AddressQuery;
import org.voisinage.neighbourhood.NeighbourhoodForm;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritoryAdministration;
import org.voisinage.neighbourhood.TerritoryForm;
import org.voisinage.neighbourhood.TerritoryKind;

/** Villeurbanne, three of its neighbourhoods and its addresses, imported from the demo's file. */
@DemoSeeding
record DemoPlaces(Neighbourhoods neighbourhoods, TerritoryAdministration territories, AddressImports imports,
        AddressDirectory directory) {

    /** The ids of what was seeded, and how many addresses were imported. */
    record Places(long villeurbanne, long gratteCiel, long buers, long cusset, long addresses) {
    }

    /** The demo goes only into an empty database: a territory means someone is already there. */
    boolean anyTerritory() {
        return !neighbourhoods.territories().isEmpty();
    }

    Places seed() {
        long villeurbanne = territories.createTerritory(new TerritoryForm("Villeurbanne", "villeurbanne", TerritoryKind.TOWN,
                "Ville de la métropole de Lyon, 160 000 habitants, entre Rhône et canal de Jonage.", null));
        long gratteCiel = territories.createNeighbourhood(villeurbanne, new NeighbourhoodForm("Gratte-Ciel", "gratte-ciel",
                "Le centre-ville aux immeubles des années 1930, autour de la place Lazare-Goujon, de l’hôtel de ville "
                        + "et du Théâtre national populaire. Commerces, marché et jardins partagés.",
                polygon(4.8738, 45.7612, 4.8822, 45.7604, 4.8911, 45.7613, 4.8929, 45.7668, 4.8912, 45.7719, 4.8840,
                        45.7731, 4.8742, 45.7726, 4.8728, 45.7671), null));
        long buers = territories.createNeighbourhood(villeurbanne, new NeighbourhoodForm("Les Buers", "les-buers",
                "Quartier populaire et vivant du nord de la ville, entre le canal et le boulevard Laurent-Bonnevay : "
                        + "une maison de quartier, des associations actives et une cité-jardin.",
                polygon(4.8917, 45.7719, 4.8985, 45.7712, 4.9062, 45.7718, 4.9071, 45.7772, 4.9052, 45.7829, 4.8970,
                        45.7836, 4.8893, 45.7824, 4.8886, 45.7768), null));
        long cusset = territories.createNeighbourhood(villeurbanne, new NeighbourhoodForm("Cusset", "cusset",
                "Ancien village devenu quartier, autour de la place Grandclément et du métro Cusset ; des rues calmes, "
                        + "des écoles et un grand parc.",
                polygon(4.8942, 45.7572, 4.9020, 45.7566, 4.9112, 45.7575, 4.9124, 45.7628, 4.9108, 45.7688, 4.9030,
                        45.7695, 4.8948, 45.7686, 4.8934, 45.7630), null));
        var report = imports.importResource("demo/addresses-villeurbanne.csv", "demo");
        return new Places(villeurbanne, gratteCiel, buers, cusset, report.rowsImported());
    }

    /** The id of an imported Villeurbanne address; the demo's people live at addresses of the demo file. */
    String address(String number, String street) {
        return directory.match(new AddressQuery(number, street, "69100", "Villeurbanne")).exact()
                .orElseThrow(() -> new IllegalStateException("demo address missing: " + number + " " + street))
                .id();
    }

    /** A GeoJSON Polygon from longitude, latitude pairs; the ring is closed here. */
    private static String polygon(double... lonLat) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= lonLat.length; i += 2) {
            int at = i % lonLat.length;
            ring.append(i == 0 ? "" : ",").append('[').append(lonLat[at]).append(',').append(lonLat[at + 1]).append(']');
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }
}
