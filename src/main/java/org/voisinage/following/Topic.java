package org.voisinage.following;

/** Something one can follow: a type code ("challenge", later "initiative") and its id. */
public record Topic(String type, long id) {

    public static Topic challenge(long id) {
        return new Topic("challenge", id);
    }
}
