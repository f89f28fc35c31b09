package org.helpline.intake.tracking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.apache.http.conn.params.ConnRoutePNames;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.HelplineInfrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The tracking limit as deployed behind a reverse proxy (the only way an IPv6 complainant reaches an instance
 * here: the tests' own connections come from IPv4 loopback): the proxy at 127.0.0.1 names the client in
 * {@code Forwarded}; anybody else naming a client is ignored; an IPv6 client is counted by its /64.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class TrackingBehindAProxyTest {

    private static final String UNKNOWN_CODE = "/api/track/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ";

    /** The tests' allowance (the %test profile also trusts 127.0.0.1 as the proxy). */
    @ConfigProperty(name = "helpline.tracking.requests-per-minute")
    int perMinute;

    @Test
    void anotherAddressOfTheSameIpv6Slash64IsRefusedOnceTheSlash64HasUsedItsAllowance() throws Exception {
        for (int tries = 0;; tries++) {
            // each try its own /64, so that a turn of the minute cannot leave counts behind
            String slash64 = "2001:db8:" + (100 + tries) + ":2::";
            long minute = System.currentTimeMillis() / 60_000;
            for (int i = 0; i < perMinute; i++) {
                viaTheProxyFor(slash64 + (i + 1)).then().statusCode(404);
            }
            Response sameSlash64 = viaTheProxyFor(slash64 + "ffff");
            int neighbouringSlash64 = viaTheProxyFor("2001:db8:" + (100 + tries) + ":3::1").statusCode();
            int theProxyItself = given().spec(from("127.0.0.1")).get(UNKNOWN_CODE).statusCode();
            if (System.currentTimeMillis() / 60_000 != minute && tries < 2) {
                continue; // the one-minute window turned meanwhile: the count started afresh, try again
            }
            refused(sameSlash64);
            assertThat(neighbouringSlash64).as("the neighbouring /64 is another subscriber").isEqualTo(404);
            assertThat(theProxyItself).as("the proxy's own address is not the client's").isEqualTo(404);
            return;
        }
    }

    @Test
    void aClientOverItsMinutesAllowanceGets429WithRetryAfterWhichNamingAnotherClientDoesNotLift() throws Exception {
        for (int tries = 0;; tries++) {
            // not the trusted proxy: what it says of itself in Forwarded or X-Forwarded-For is not believed
            RequestSpecification client = from("127.0.0." + (200 + tries));
            long minute = System.currentTimeMillis() / 60_000;
            for (int i = 0; i < perMinute; i++) {
                given().spec(client).get(UNKNOWN_CODE).then().statusCode(404);
            }
            Response over = given().spec(client).get(UNKNOWN_CODE);
            Response forged = given().spec(client).header("Forwarded", "for=198.51.100.9")
                    .header("X-Forwarded-For", "198.51.100.9").get(UNKNOWN_CODE);
            int others = given().spec(from("127.0.0." + (100 + tries))).get(UNKNOWN_CODE).statusCode();
            if (System.currentTimeMillis() / 60_000 != minute && tries < 2) {
                continue;
            }
            for (Response refused : List.of(over, forged)) {
                refused(refused);
            }
            assertThat(others).as("another client keeps its own allowance").isEqualTo(404);
            return;
        }
    }

    private static void refused(Response answer) {
        answer.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
    }

    private static Response viaTheProxyFor(String ipv6Client) throws UnknownHostException {
        return given().spec(from("127.0.0.1")).header("Forwarded", "for=\"[" + ipv6Client + "]\"").get(UNKNOWN_CODE);
    }

    private static RequestSpecification from(String address) throws UnknownHostException {
        return new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setAuth(RestAssured.DEFAULT_AUTH)
                .setConfig(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance()
                        .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address))))
                .build();
    }
}
