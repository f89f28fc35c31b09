package org.helpline.architecturefixtures.wellformed.geo;

public record Town(String name) {
}
