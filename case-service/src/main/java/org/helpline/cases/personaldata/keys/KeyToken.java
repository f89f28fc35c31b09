package org.helpline.cases.personaldata.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.cases.CaseSettings;
import org.helpline.platform.privacy.Sealing;

import io.quarkus.runtime.Startup;

/**
 * The PKCS#11 token that holds the key-encryption keys (SoftHSM2 locally, an HSM or a KMS's PKCS#11 library in
 * production), through the JDK's own SunPKCS11 provider. A key is generated inside the token, never leaves it
 * (sensitive, not extractable), wraps and unwraps small secrets there with AES-256-GCM, and is destroyed there:
 * what it wrapped, in any copy of the database, cannot be opened afterwards.
 */
@ApplicationScoped
@Startup
public class KeyToken {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CaseSettings settings;

    private Provider provider;
    private KeyStore store;
    private char[] pin;
    /** Handles of keys found: finding one in the token is a search, using it is not. */
    private final Map<String, SecretKey> found = new ConcurrentHashMap<>();

    /** A key the token does not hold (destroyed, or never made here). */
    public static class MissingKey extends RuntimeException {
        MissingKey(String label) {
            super("the key token holds no key " + label);
        }
    }

    @PostConstruct
    void open() {
        CaseSettings.Token token = settings.personalData().token();
        // generated as session objects and stored by setKeyEntry: a key generated as a token object would be
        // kept twice, and destroying the labelled copy would leave the other (../shared/notes/pkcs11.md)
        String config = "--name=helpline\nlibrary=" + token.library() + "\nslotListIndex=" + token.slotListIndex()
                + "\nattributes(*, CKO_SECRET_KEY, *) = {\n  CKA_TOKEN = false\n  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n}\n";
        try {
            provider = Security.getProvider("SunPKCS11").configure(config);
            pin = token.pin().toCharArray();
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (GeneralSecurityException | java.io.IOException | java.security.ProviderException e) {
            throw new IllegalStateException("the key token cannot be opened (library " + token.library()
                    + ", slot list index " + token.slotListIndex() + "): " + e.getMessage(), e);
        }
    }

    /** Generates a new AES-256 key inside the token under this label. */
    public synchronized void create(String label) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
            generator.init(256);
            store.setKeyEntry(label, generator.generateKey(), null, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key token cannot make key " + label, e);
        }
    }

    /** Destroys the key with this label; nothing happens when the token has none. */
    public synchronized void destroy(String label) {
        try {
            found.remove(label);
            reloadIfAbsent(label);
            if (store.containsAlias(label)) {
                store.deleteEntry(label);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key token cannot destroy key " + label, e);
        }
    }

    public synchronized Set<String> labels() {
        try {
            store.load(null, pin);
            return new TreeSet<>(Collections.list(store.aliases()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("the key token cannot list its keys", e);
        }
    }

    /** Seals a small secret with the labelled key, inside the token: nonce, then ciphertext and tag. */
    public byte[] wrap(String label, byte[] secret, String place) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
            cipher.init(Cipher.ENCRYPT_MODE, key(label), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key token cannot wrap with key " + label, e);
        }
    }

    /** @throws Sealing.BrokenSeal when the labelled key did not wrap this for this place */
    public byte[] unwrap(String label, byte[] wrapped, String place) {
        if (wrapped.length <= NONCE_BYTES) {
            throw new Sealing.BrokenSeal(null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
            cipher.init(Cipher.DECRYPT_MODE, key(label), new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new Sealing.BrokenSeal(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key token cannot unwrap with key " + label, e);
        }
    }

    private SecretKey key(String label) {
        SecretKey known = found.get(label);
        return known != null ? known : find(label);
    }

    private synchronized SecretKey find(String label) {
        try {
            reloadIfAbsent(label);
            SecretKey key = (SecretKey) store.getKey(label, null);
            if (key == null) {
                throw new MissingKey(label);
            }
            found.put(label, key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key token cannot find key " + label, e);
        }
    }

    /** Another instance sharing the token may have made the key since this one listed the token's keys. */
    private void reloadIfAbsent(String label) throws GeneralSecurityException {
        if (!store.containsAlias(label)) {
            try {
                store.load(null, pin);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the key token cannot be read again", e);
            }
        }
    }
}
