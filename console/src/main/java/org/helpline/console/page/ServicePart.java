package org.helpline.console.page;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * What a page shows of one more service's answer beside its own (a case's referrals, what waits on the home page),
 * or that the service did not answer: the page then says so in that place and shows the rest. The log says which
 * part is missing and why, never with what.
 */
public record ServicePart<T>(T value, boolean unavailable) {

    private static final Logger LOG = Logger.getLogger(ServicePart.class);

    /** {@code call}'s answer; {@code otherwise}, marked unavailable, when the service does not answer or refuses. */
    public static <T> ServicePart<T> of(String part, Supplier<T> call, T otherwise) {
        try {
            return new ServicePart<>(call.get(), false);
        } catch (ProcessingException | ClientWebApplicationException unanswered) {
            LOG.warnf("%s not shown: the service did not answer (%s)", part, unanswered.getClass().getSimpleName());
            return new ServicePart<>(otherwise, true);
        }
    }

    /** A part this page does not ask for (the person's roles do not open it). */
    public static <T> ServicePart<T> none(T empty) {
        return new ServicePart<>(empty, false);
    }
}
