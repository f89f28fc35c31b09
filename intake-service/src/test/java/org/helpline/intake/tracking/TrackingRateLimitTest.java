package org.helpline.intake.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.helpline.platform.problem.ProblemException;

/** Guessing tracking codes is slowed down: a client gets a few tries a minute, then 429 with Retry-After. */
class TrackingRateLimitTest {

    @Test
    void aClientOverItsMinutesAllowanceIsToldWhenToAskAgainAndTheNextMinuteStartsAfresh() {
        Instant start = Instant.parse("2026-11-29T10:00:15Z");
        AtomicReference<Instant> now = new AtomicReference<>(start);
        TrackingRateLimit limit = new TrackingRateLimit(3, new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        limit.take("203.0.113.7");
        limit.take("203.0.113.7");
        limit.take("203.0.113.7");
        limit.take("198.51.100.1"); // another client has its own allowance

        assertThatThrownBy(() -> limit.take("203.0.113.7")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(429);
            assertThat(e.retryAfterSeconds()).isEqualTo(45L);
        });
        now.set(start.plusSeconds(45));
        limit.take("203.0.113.7");
    }

    /** Over HTTP, through a trusted proxy: {@link TrackingBehindAProxyTest}. */
    @Test
    void anotherAddressOfTheSameIpv6Slash64IsRefusedOnceTheSlash64HasUsedItsAllowance() {
        TrackingRateLimit limit = new TrackingRateLimit(2, Clock.fixed(Instant.parse("2026-11-29T10:00:15Z"),
                ZoneOffset.UTC));
        limit.take(TrackingRateLimit.client("2001:db8:1:2::1"));
        limit.take(TrackingRateLimit.client("2001:db8:1:2::2"));

        assertThatThrownBy(() -> limit.take(TrackingRateLimit.client("2001:db8:1:2:ffff:ffff:ffff:ffff")))
                .isInstanceOf(ProblemException.class);
        limit.take(TrackingRateLimit.client("2001:db8:1:3::1")); // the neighbouring /64 is another client
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64SoThatNewAddressesDoNotBuyNewTries() {
        assertThat(TrackingRateLimit.client("2001:db8:1:2:aaaa::1"))
                .isEqualTo(TrackingRateLimit.client("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isNotEqualTo(TrackingRateLimit.client("2001:db8:1:3::1"));
        assertThat(TrackingRateLimit.client("198.51.100.1")).isEqualTo("198.51.100.1")
                .isEqualTo(TrackingRateLimit.client("::ffff:198.51.100.1"));
    }
}
