package org.helpline.intake.phone.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/phone/calls}: the telephony platform sends it when a call starts ringing (no
 * {@code endedAt}) and again, with the same {@code callId}, when it ends ({@code endedAt} and {@code answered}); a
 * platform that only reports finished calls sends the second alone.
 */
public record PhoneCallRequest(
        @NotBlank @Size(max = 128) @Pattern(regexp = "[\\x21-\\x7e]+") String callId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[+0-9 ()./-]+") String callerNumber,
        @NotNull OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        Boolean answered,
        @Size(max = 16) @Pattern(regexp = "[A-Za-z_-]*") String language,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]*") String extension) {

    @Override
    public String toString() {
        return "PhoneCallRequest[callId=" + callId + ", callerNumber=redacted]";
    }
}
