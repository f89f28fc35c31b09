package org.helpline.console.calltaking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tracking code travels from the POST that recorded the contact to the receipt page it redirects to in a
 * short-lived cookie, encrypted (AES-GCM, a key derived from the session key every console instance shares) and
 * bound to the contact and the person. The receipt page spends it: shown once, a reload finds nothing. The console
 * keeps the code nowhere else.
 */
@ApplicationScoped
public class ReceiptSlips {

    static final String COOKIE = "helpline-receipt";
    static final String PATH = "/contacts/";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int IV_BYTES = 12;

    /** A slip as read back: the code to read to the caller. */
    public record Slip(String caseNumber, String trackingCode) {

        @Override
        public String toString() {
            return "Slip[caseNumber=" + caseNumber + ", trackingCode=redacted]";
        }
    }

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ReceiptSlips(@ConfigProperty(name = "quarkus.oidc.token-state-manager.encryption-secret") String sessionKey) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("helpline-console receipt slip\n" + sessionKey).getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public NewCookie write(ContactReceipt receipt, String username, Instant now) {
        String plain = String.join("\n", receipt.contactId().toString(), username, receipt.caseNumber(),
                receipt.trackingCode(), Long.toString(now.plus(LIFETIME).getEpochSecond()));
        return cookie(seal(plain), (int) LIFETIME.toSeconds());
    }

    /** The slip of this contact for this person, unless it is missing, forged, someone else's or too old. */
    public Optional<Slip> read(String cookie, UUID contactId, String username, Instant now) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        return open(cookie).map(plain -> plain.split("\n", -1))
                .filter(parts -> parts.length == 5 && parts[0].equals(contactId.toString())
                        && parts[1].equals(username) && now.getEpochSecond() <= Long.parseLong(parts[4]))
                .map(parts -> new Slip(parts[2], parts[3]));
    }

    /** Clears the slip in the browser: the code is not shown again. */
    public NewCookie spent() {
        return cookie("", 0);
    }

    /** Always Secure: browsers keep a Secure cookie from http://127.0.0.1 and localhost too (trustworthy origins). */
    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).maxAge(maxAge).httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> open(String cookie) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(cookie);
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
