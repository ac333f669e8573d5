package org.voisinage.directory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic BAN CSV files for tests and benchmarks: communes with one or two postcodes, French-like
 * street names, numbers 1..N with a few bis and ter. Deterministic for a given seed.
 */
final class BanCsvGenerator {

    static final String HEADER = "id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;"
            + "code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;"
            + "libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles";

    private static final String[] TYPES = {"Rue", "Rue", "Rue", "Avenue", "Boulevard", "Place", "Impasse", "Chemin",
            "Allée", "Route", "Quai", "Cours", "Square", "Passage", "Faubourg"};
    private static final String[] FIRST = {"Jean", "Victor", "Émile", "Louis", "Anatole", "Henri", "Jules", "Marie",
            "Georges", "Léon", "Pierre", "Paul", "Jacques", "François", "André", "Frédéric", "Édouard", "Camille",
            "Gabriel", "Lucie", "Simone", "Olympe", "Germaine", "Hélène", "Aristide", "Eugène", "Gustave", "Honoré",
            "Joseph", "Michel", "Antoine", "Claude", "René", "Roger", "Lazare", "Francis", "Albert", "Marcel",
            "Charles", "Étienne", "Hippolyte", "Auguste", "Théodore", "Raymond", "Maurice", "Ferdinand", "Denis",
            "Berthe", "Clémence", "Rosa", "Irène", "Joséphine", "Geneviève", "Adèle", "Blaise", "Alphonse",
            "Ambroise", "Benoît", "Casimir", "Désiré"};
    private static final String[] LAST = {"Hugo", "Zola", "Pasteur", "France", "Barbusse", "Ferry", "Curie", "Jaurès",
            "Blum", "Moulin", "Servet", "Goujon", "Salengro", "Faÿs", "Pressensé", "Gambetta", "Clemenceau",
            "Voltaire", "Rousseau", "Diderot", "Molière", "Racine", "Corneille", "Lamartine", "Baudelaire",
            "Verlaine", "Rimbaud", "Apollinaire", "Péguy", "Mistral", "Daudet", "Flaubert", "Balzac", "Stendhal",
            "Musset", "Vigny", "Michelet", "Renan", "Berthelot", "Lavoisier", "Ampère", "Fresnel", "Arago",
            "Carnot", "Condorcet", "Danton", "Marat", "Desmoulins", "Hoche", "Kléber", "Marceau", "Masséna",
            "Lyautey", "Foch", "Joffre", "Gallieni", "Leclerc", "Koenig", "Delessert", "Bonnevay", "Brossolette",
            "Politzer", "Péri", "Sembat", "Guesde", "Vaillant", "Allemane", "Pelloutier", "Thorez", "Duclos",
            "Sangnier", "Mounier", "Bernanos", "Claudel", "Giono", "Pagnol", "Colette", "Sand", "Weil", "Veil"};
    private static final String[] THINGS = {"des Lilas", "des Tilleuls", "des Acacias", "du Moulin", "de la Gare",
            "de l'Église", "du Château", "des Écoles", "de la Mairie", "du Stade", "des Platanes", "des Cerisiers",
            "de la Fontaine", "du Lavoir", "des Vignes", "de la Paix", "de la République", "de la Liberté",
            "du Marché", "des Jardins", "du Pont", "de la Forge", "des Roses", "des Peupliers", "du Bois",
            "de la Source", "des Prés", "du Parc", "de la Poste", "des Charmettes", "de la Boube", "du Canal"};
    private static final String[] TOWNS = {"Villeurbanne", "Vaulx-en-Velin", "Bron", "Vénissieux", "Saint-Priest",
            "Caluire-et-Cuire", "Rillieux-la-Pape", "Décines-Charpieu", "Meyzieu", "Oullins", "Tassin-la-Demi-Lune",
            "Écully", "Saint-Fons", "Givors", "Sainte-Foy-lès-Lyon", "Francheville", "Craponne", "Chassieu",
            "Genas", "Mions", "Corbas", "Feyzin", "Irigny", "Pierre-Bénite", "La Mulatière", "Saint-Genis-Laval",
            "Brignais", "Chaponost", "Dardilly", "Limonest", "Champagne-au-Mont-d'Or", "Saint-Didier-au-Mont-d'Or",
            "Collonges-au-Mont-d'Or", "Fontaines-sur-Saône", "Neuville-sur-Saône", "Genay", "Montanay",
            "Sathonay-Camp", "Sathonay-Village", "Fontaines-Saint-Martin", "Cailloux-sur-Fontaines", "Fleurieu-sur-Saône",
            "Rochetaillée-sur-Saône", "Albigny-sur-Saône", "Couzon-au-Mont-d'Or", "Saint-Romain-au-Mont-d'Or",
            "Curis-au-Mont-d'Or", "Poleymieux-au-Mont-d'Or", "Lissieu", "Charbonnières-les-Bains"};

    /** One generated address, as a person would type it back. */
    record Sample(String number, String rep, String street, String postcode, String town) {}

    private final Random random;
    private final List<Sample> samples = new ArrayList<>();
    private final int sampleEvery;

    BanCsvGenerator(long seed, int sampleEvery) {
        this.random = new Random(seed);
        this.sampleEvery = sampleEvery;
    }

    List<Sample> samples() {
        return samples;
    }

    /** Writes about {@code rows} addresses (whole streets, so a few more) with the given id prefix. */
    long write(Path file, int rows, String idPrefix) throws IOException {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(HEADER);
            writer.write('\n');
            long written = 0;
            int streetsPerTown = Math.max(1, rows / 25 / TOWNS.length);
            for (int t = 0; t < TOWNS.length && written < rows; t++) {
                String town = TOWNS[t];
                String insee = String.format(Locale.ROOT, "69%03d", 10 + t * 7);
                String[] postcodes = t % 3 == 0
                        ? new String[] {String.format(Locale.ROOT, "69%03d", 100 + t * 10), String.format(Locale.ROOT, "69%03d", 105 + t * 10)}
                        : new String[] {String.format(Locale.ROOT, "69%03d", 100 + t * 10)};
                double townLon = 4.70 + t * 0.01;
                double townLat = 45.60 + (t % 10) * 0.03;
                Set<String> names = new HashSet<>();
                for (int s = 0; s < streetsPerTown && written < rows; s++) {
                    String name = streetName(names);
                    String postcode = postcodes[s % postcodes.length];
                    int count = 5 + random.nextInt(41);
                    double lon = townLon + random.nextDouble() * 0.02;
                    double lat = townLat + random.nextDouble() * 0.02;
                    for (int n = 1; n <= count; n++) {
                        written += line(writer, idPrefix, insee, s, n, null, name, postcode, town, lon, lat);
                        if (random.nextInt(100) < 5) {
                            written += line(writer, idPrefix, insee, s, n, "bis", name, postcode, town, lon, lat);
                        }
                        if (random.nextInt(100) < 2) {
                            written += line(writer, idPrefix, insee, s, n, "ter", name, postcode, town, lon, lat);
                        }
                        lon += 0.0001;
                    }
                }
            }
            return written;
        }
    }

    private int line(Writer writer, String prefix, String insee, int street, int number, String rep, String name,
            String postcode, String town, double lon, double lat) throws IOException {
        String fantoir = insee + "_" + String.format(Locale.ROOT, "%04x", street);
        String id = prefix + fantoir + "_" + String.format(Locale.ROOT, "%05d", number) + (rep == null ? "" : "_" + rep);
        double x = 840000 + (lon - 4.7) * 78000;
        double y = 6510000 + (lat - 45.6) * 111000;
        writer.write(String.join(";", id, fantoir, Integer.toString(number), rep == null ? "" : rep, name, postcode,
                insee, town, "", "", String.format(Locale.ROOT, "%.2f", x), String.format(Locale.ROOT, "%.2f", y),
                String.format(Locale.ROOT, "%.6f", lon), String.format(Locale.ROOT, "%.6f", lat), "entrée", "", "",
                town.toUpperCase(Locale.ROOT), name.toUpperCase(Locale.ROOT), "commune", "commune", "1",
                insee + "000AB" + String.format(Locale.ROOT, "%04d", number)));
        writer.write('\n');
        if (random.nextInt(sampleEvery) == 0) {
            samples.add(new Sample(Integer.toString(number), rep, name, postcode, town));
        }
        return 1;
    }

    private String streetName(Set<String> taken) {
        while (true) {
            String type = TYPES[random.nextInt(TYPES.length)];
            String name = switch (random.nextInt(4)) {
                case 0 -> type + " " + THINGS[random.nextInt(THINGS.length)];
                case 1 -> type + " " + LAST[random.nextInt(LAST.length)];
                default -> type + " " + FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            };
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
