package org.helpline.architecturefixtures.wellformed.platform.domain;

public class RuleBroken extends RuntimeException {

    public RuleBroken(String message) {
        super(message);
    }
}
