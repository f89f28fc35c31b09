package org.helpline.console.escalation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.helpline.console.page.FormValues;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The platforms' trusted-partner channels: which are active, which suspended and why, and changing one (a
 * suspended channel refuses escalations until it is active again).
 */
@Path("/platform-channels")
@RolesAllowed({Roles.DIGITAL_SECURITY, Roles.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
public class PlatformChannelPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance channels(Frame frame, List<EscalationService.Channel> channels,
                List<ChannelStatus> statuses, String notice);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    EscalationService escalations;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance channels() {
        return page(null);
    }

    @POST
    @Path("{platform}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("platform") String platform, @RestForm String status, @RestForm String reason) {
        Platform channel = FormValues.valueOf(Platform.class, platform);
        ChannelStatus next = FormValues.valueOf(ChannelStatus.class, status);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (channel == null || next == null || (why != null && why.length() > 500)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page("notice_channel_incomplete")).build();
        }
        escalations.changeChannel(channel, new EscalationService.ChannelChange(next, why));
        return Response.seeOther(UriBuilder.fromPath("/platform-channels").build()).build();
    }

    private TemplateInstance page(String notice) {
        Frame frame = frames.of(uri).at("/platform-channels");
        return Templates.channels(frame, escalations.channels(), List.of(ChannelStatus.values()), notice)
                .setLocale(frame.language().locale());
    }
}
