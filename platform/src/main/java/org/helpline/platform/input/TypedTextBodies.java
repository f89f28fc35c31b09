package org.helpline.platform.input;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every string of a JSON body the services are sent: one with a control character (other than tab and line
 * breaks) is a wrong value of its field, answered 400 like any other, never stored. Only for the bodies of
 * requests a service receives (not its REST clients' answers), and not for what it stored itself (snapshots,
 * sealed personal data), which is read back as it was written. A vertical tab pasted from a word processor is
 * refused too.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class TypedTextBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper requests;

    @Inject
    public TypedTextBodies(ObjectMapper base) {
        requests = base.copy().registerModule(new SimpleModule("helpline-typed-text")
                .addDeserializer(String.class, new TypedText()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return requests;
    }

    private static final class TypedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && ControlCharacters.inText(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "holds a control character");
            }
            return text;
        }
    }
}
