package org.voisinage.neighbourhood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A neighbourhood of a territory, with its perimeter as a GeoJSON Polygon (WGS84, longitude first).
 * The database derives a PostgreSQL polygon from it to find which perimeter contains an address.
 */
@Entity
public class Neighbourhood {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    private String slug;
    private String name;
    private String description;

    @Column(name = "perimeter_geojson")
    private String perimeterGeoJson;

    @Column(updatable = false, insertable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Neighbourhood() {}

    public Neighbourhood(Territory territory, String slug, String name, String description, String perimeterGeoJson) {
        this.territory = territory;
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.perimeterGeoJson = perimeterGeoJson;
        this.updatedAt = Instant.now();
    }

    public void update(String slug, String name, String description, String perimeterGeoJson) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.perimeterGeoJson = perimeterGeoJson;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Territory getTerritory() { return territory; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getPerimeterGeoJson() { return perimeterGeoJson; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
