package org.voisinage.exchange;

import org.voisinage.common.Photos;

/** A stored photo of a listing and its thumbnail (names for /echanges/photos/{name}). */
public record ListingPhoto(String name, String thumbnail) {

    static ListingPhoto of(String name) {
        return new ListingPhoto(name, Photos.thumbnailName(name));
    }
}
