package org.helpline.intake.contact.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.intake.contact.ContactReceipt;
import org.helpline.intake.contact.ReceivingContact;
import org.helpline.intake.contact.RecordedContacts;
import org.helpline.intake.contact.domain.ReceiveContact;
import org.helpline.intake.contact.domain.RecordedContact;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.problem.ProblemException;

@Path("/api/contacts")
@Tag(name = "Contacts", description = "Every call, mail, message and visit that reaches the helpline")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject ReceivingContact receiving;
    @Inject RecordedContacts contacts;
    @Inject Actor actor;

    @RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR, Roles.PHONE_SYSTEM})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a contact: a NEW one opens a case, a FOLLOW_UP adds to one")
    @APIResponseSchema(value = ContactReceipt.class, responseCode = "201",
            responseDescription = "Recorded; the tracking code is for the complainant")
    @APIResponse(responseCode = "400", description = "Invalid or incomplete body (problem+json names the fields)")
    @APIResponse(responseCode = "404", description = "FOLLOW_UP for a case that does not exist")
    @APIResponse(responseCode = "413", description = "Body over 64 KiB")
    @APIResponse(responseCode = "409", description = "The phone call (callId) is already recorded as a contact")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response receive(@Valid @NotNull NewContactRequest request,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7e]{1,200}") String idempotencyKey) {
        ContactReceipt receipt = receiving.receive(toCommand(request), Optional.ofNullable(idempotencyKey), request,
                actor.name());
        return Response.created(URI.create("/api/contacts/" + receipt.contactId())).entity(receipt).build();
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
    @GET
    @Path("{contactId}")
    @Operation(summary = "A recorded contact, without personal data")
    @APIResponse(responseCode = "404", description = "No such contact")
    @APIResponse(responseCode = "200", description = "The contact, without personal data")
    public ContactView get(@PathParam("contactId") UUID contactId) {
        RecordedContact contact = contacts.find(contactId)
                .orElseThrow(() -> ProblemException.notFound("No contact " + contactId + "."));
        return new ContactView(contact.contactId(), contact.caseId(), contact.kind(), contact.channel(),
                contact.receivedAt());
    }

    private static PersonalData personalData(NewContactRequest.PersonalData given) {
        if (given == null) {
            return null;
        }
        PersonalData data = new PersonalData(given.name(), given.phone(), given.email(), given.notes());
        return data.isEmpty() ? null : data;
    }

    private static ReceiveContact toCommand(NewContactRequest request) {
        NewContactRequest.Complainant c = request.complainant();
        ReceiveContact.Complainant complainant = c == null || request.kind() != ContactKind.NEW ? null
                : new ReceiveContact.Complainant(c.ageBand(), c.gender(), c.city(), c.province(), c.callerType(),
                        c.sourceOfContact(), c.occupation(), c.community());
        return new ReceiveContact(request.channel(), request.kind(), request.caseId(),
                request.receivedAt() == null ? null : request.receivedAt().toInstant(), complainant,
                request.callId() == null || request.callId().isBlank() ? null : request.callId(),
                personalData(request.personalData()));
    }
}
