package org.helpline.escalations.channel.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.channel.PlatformChannels;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.problem.QueryParameters;

@Path("/api/platform-channels")
@Tag(name = "Platform channels", description = "Whether each platform's trusted-partner channel answers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DIGITAL_SECURITY, Roles.SUPERVISOR})
public class PlatformChannelResource {

    @Inject
    PlatformChannels channels;
    @Inject
    Actor actor;

    /** A platform's channel as the API answers it. */
    public record Channel(Platform platform, ChannelStatus status, String reason, Instant changedAt) {

        static Channel of(PlatformChannels.Channel channel) {
            return new Channel(channel.platform(), channel.status(), channel.reason(), channel.changedAt());
        }
    }

    public record ChannelChange(@NotNull ChannelStatus status, @Size(max = 500) String reason) {
    }

    @GET
    @Operation(summary = "Every platform's channel (ACTIVE unless suspended)")
    public List<Channel> all() {
        return channels.all().stream().map(Channel::of).toList();
    }

    @GET
    @Path("{platform}")
    @Operation(summary = "One platform's channel")
    @APIResponse(responseCode = "400", description = "Unknown platform (problem+json lists the platforms)")
    @APIResponse(responseCode = "200", description = "The channel (ACTIVE if never changed)")
    public Channel get(@PathParam("platform") String platform) {
        return Channel.of(channels.of(platform(platform)));
    }

    @PUT
    @Path("{platform}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend or reactivate a channel; publishes PlatformChannelChanged when the status changes")
    @APIResponse(responseCode = "400", description = "Unknown platform or status")
    @APIResponse(responseCode = "200", description = "The channel as it is now")
    public Channel change(@PathParam("platform") String platform, @Valid @NotNull ChannelChange body) {
        return Channel.of(channels.change(platform(platform), body.status(), body.reason(), actor.name()));
    }

    private static Platform platform(String value) {
        Platform platform = QueryParameters.vocabulary(Platform.class, "platform", value);
        if (platform == null) {
            throw ProblemException.badRequest("A platform is required.");
        }
        return platform;
    }
}
