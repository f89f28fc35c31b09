package org.helpline.console.staff;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The first password of a new account, made here so that a supervisor need not invent one: 16 characters without
 * the ones that are misread when read out (0/O, 1/l/I), about 90 bits. Keycloak makes its holder change it at
 * the first sign-in; the console shows it once and keeps it nowhere.
 */
@ApplicationScoped
public class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
