package org.helpline.architecturefixtures.wellformed.intake.thing.api;

import jakarta.ws.rs.core.Response;

import org.helpline.architecturefixtures.wellformed.intake.thing.ReceivingThing;

public class ThingResource {

    private final ReceivingThing receiving;

    public ThingResource(ReceivingThing receiving) {
        this.receiving = receiving;
    }

    public Response receive(ThingRequest request) {
        return Response.status(201).entity(receiving.receive(request.town())).build();
    }
}
