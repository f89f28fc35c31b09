package org.helpline.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.KeyAgreement;

/**
 * Sealing to someone else's public key (X25519, then AES-256-GCM as {@link Sealing}): the sender holds
 * nothing that opens what it sealed. Intake seals survivors' personal data to case-service's current
 * handoff key this way, so intake's database, its WAL and its backups hold only what case-service's
 * private key opens, and that key is destroyed on a schedule.
 *
 * <p>An envelope is {@code 0x01}, the recipient key's id (length-prefixed UTF-8), the sender's one-time
 * public key (length-prefixed, X.509), then a {@link Sealing} value under a key derived from the shared
 * secret, the key id and both public keys (one SHA-256 block of the NIST concatenation KDF).
 */
public final class Envelope {

    private static final byte VERSION = 1;
    private static final String CURVE = "X25519";
    private static final byte[] KDF_LABEL = "helpline-envelope-v1".getBytes(StandardCharsets.UTF_8);

    private Envelope() {
    }

    /** A recipient's public key and the id it is known by (X.509 encoding). */
    public record Recipient(String keyId, byte[] publicKey) {
    }

    /** A recipient's key pair, as encodings: X.509 public, PKCS#8 private. */
    public record Pair(byte[] publicKey, byte[] privateKey) {
    }

    public static Pair newPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
            return new Pair(pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(CURVE + " is not available", e);
        }
    }

    public static byte[] seal(Recipient to, byte[] plaintext, String associatedData) {
        try {
            KeyPair oneTime = KeyPairGenerator.getInstance(CURVE).generateKeyPair();
            byte[] ephemeral = oneTime.getPublic().getEncoded();
            byte[] key = derive(agree(oneTime.getPrivate(), publicKey(to.publicKey())), to, ephemeral);
            byte[] sealed = Sealing.seal(key, plaintext, associatedData);
            byte[] id = to.keyId().getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(3 + id.length + ephemeral.length + sealed.length)
                    .put(VERSION).put((byte) id.length).put(id).put((byte) ephemeral.length).put(ephemeral).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(CURVE + " is not available", e);
        }
    }

    /** The id of the key an envelope was sealed to: which private key opens it. */
    public static String keyIdOf(byte[] envelope) {
        return parse(envelope).keyId();
    }

    /**
     * @param recipient the key pair's public half (it is part of the derivation)
     * @throws Sealing.BrokenSeal when it is not an envelope, is for another key or place, or was tampered with
     */
    public static byte[] open(Recipient recipient, byte[] privateKey, byte[] envelope, String associatedData) {
        Parsed parsed = parse(envelope);
        if (!parsed.keyId().equals(recipient.keyId())) {
            throw new Sealing.BrokenSeal(null);
        }
        try {
            PrivateKey own = KeyFactory.getInstance(CURVE).generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            byte[] key = derive(agree(own, publicKey(parsed.ephemeral())), recipient, parsed.ephemeral());
            return Sealing.open(key, parsed.sealed(), associatedData);
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new Sealing.BrokenSeal(e);
        }
    }

    private record Parsed(String keyId, byte[] ephemeral, byte[] sealed) {
    }

    private static Parsed parse(byte[] envelope) {
        try {
            ByteBuffer in = ByteBuffer.wrap(envelope);
            if (in.get() != VERSION) {
                throw new Sealing.BrokenSeal(null);
            }
            byte[] id = new byte[Byte.toUnsignedInt(in.get())];
            in.get(id);
            byte[] ephemeral = new byte[Byte.toUnsignedInt(in.get())];
            in.get(ephemeral);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            return new Parsed(new String(id, StandardCharsets.UTF_8), ephemeral, sealed);
        } catch (java.nio.BufferUnderflowException e) {
            throw new Sealing.BrokenSeal(e);
        }
    }

    private static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance(CURVE).generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static byte[] agree(PrivateKey own, PublicKey theirs) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance(CURVE);
        agreement.init(own);
        agreement.doPhase(theirs, true);
        return agreement.generateSecret();
    }

    private static byte[] derive(byte[] shared, Recipient recipient, byte[] ephemeral) throws GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[] {0, 0, 0, 1});
        sha256.update(shared);
        sha256.update(KDF_LABEL);
        sha256.update(recipient.keyId().getBytes(StandardCharsets.UTF_8));
        sha256.update(ephemeral);
        sha256.update(recipient.publicKey());
        return sha256.digest();
    }
}
