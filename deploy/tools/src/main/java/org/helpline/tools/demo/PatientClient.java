package org.helpline.tools.demo;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.helpline.tools.stackclient.StackClient;
import org.helpline.tools.stackclient.StackClient.Answer;
import org.helpline.tools.stackclient.StackClient.Request;

/**
 * The loader's requests: each waits out what a client should wait out, 503 (database restarting) and 404
 * while a service has not yet heard of a case that intake just opened, and is counted for the progress bar.
 */
final class PatientClient {

    private final StackClient client;
    private final AtomicInteger requests = new AtomicInteger();

    PatientClient(StackClient client) {
        this.client = client;
    }

    int requests() {
        return requests.get();
    }

    /** @param expected the status the request must end with; -1: any answer */
    Answer send(Request request, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Answer answer = client.send(request);
            requests.incrementAndGet();
            boolean notYetKnown = answer.status() == 404 && expected > 0 && request.body() != null;
            if ((answer.status() == 503 || notYetKnown) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                continue;
            }
            if (expected > 0 && answer.status() != expected) {
                throw new IllegalStateException(request.method() + " " + request.url() + " answered " + answer.status()
                        + ": " + answer.body());
            }
            return answer;
        }
    }
}
