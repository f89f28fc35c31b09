package org.helpline.console.calltaking;

import java.util.List;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormPage;
import org.helpline.console.page.Frame;

/**
 * The contact form as rendered: the person's entry (blank, or as she sent it), what is wrong with it, and a
 * notice above it when a service refused or could not be reached ({@code null} when all is well).
 */
public record ContactFormPage(Frame frame, ContactEntry entry, List<FieldError> errors, String notice,
        ContactChoices choices) implements FormPage {
}
