package org.helpline.architecturefixtures.contractsusejackson.platform.domain;

public class RuleBroken extends RuntimeException {

    public RuleBroken(String message) {
        super(message);
    }
}
