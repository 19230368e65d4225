package org.legible.interop.fhir;

import java.io.OutputStream;
import java.math.BigDecimal;
import org.legible.diary.FreeText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element of FHIR JSON as it is written: fields in the order they are set, strings without the control characters
 * FHIR forbids (text kept before they were dropped on entry may hold them), decimals as recorded (7.50 stays 7.50),
 * a null value left out. Legible writes its Bundle with this rather than HAPI FHIR's model, which with what it needed
 * was a quarter of the jar (docs/decisions/0015); the tests read and validate every Bundle with HAPI.
 */
final class FhirElement {

    /** Written as HAPI FHIR wrote it: two spaces a level, {@code "name": value}, an array's elements {@code [ {}, {} ]}. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(pretty())
            .build();

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    /** A resource; its id, given when it joins a Bundle ({@link #identify}), is written second as FHIR's writers do. */
    static FhirElement resource(String type) {
        FhirElement resource = new FhirElement().set("resourceType", type);
        resource.node.putNull("id");
        return resource;
    }

    /** A Coding; a null display is left out. */
    static FhirElement coding(String system, String code, String display) {
        return new FhirElement().set("system", system).set("code", code).set("display", display);
    }

    /** A CodeableConcept of one coding. */
    static FhirElement concept(FhirElement coding) {
        return new FhirElement().add("coding", coding);
    }

    static FhirElement concept(String system, String code, String display) {
        return concept(coding(system, code, display));
    }

    /** A CodeableConcept that is only words. */
    static FhirElement conceptText(String text) {
        return new FhirElement().set("text", text);
    }

    /** A Quantity with a unit in words only (null: none). */
    static FhirElement quantity(BigDecimal value, String unit) {
        return new FhirElement().set("value", value).set("unit", unit);
    }

    /** A Quantity coded in UCUM. */
    static FhirElement ucum(BigDecimal value, String unit, String code) {
        return quantity(value, unit).set("system", FhirCodes.UCUM).set("code", code);
    }

    static FhirElement reference(String reference) {
        return new FhirElement().set("reference", reference);
    }

    FhirElement set(String name, String value) {
        if (value != null) {
            node.put(name, FreeText.withoutControlCharacters(value));
        }
        return this;
    }

    FhirElement set(String name, long value) {
        node.put(name, value);
        return this;
    }

    FhirElement set(String name, boolean value) {
        node.put(name, value);
        return this;
    }

    FhirElement set(String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
        return this;
    }

    FhirElement set(String name, FhirElement value) {
        node.set(name, value.node);
        return this;
    }

    /** Appends to the array {@code name}, which is made at the first. */
    FhirElement add(String name, FhirElement value) {
        array(name).add(value.node);
        return this;
    }

    FhirElement add(String name, String value) {
        array(name).add(FreeText.withoutControlCharacters(value));
        return this;
    }

    /** Appends a new element to the array {@code name} and returns it, to be filled in. */
    FhirElement addNew(String name) {
        FhirElement child = new FhirElement();
        add(name, child);
        return child;
    }

    /** A note: an Annotation of words. */
    FhirElement note(String text) {
        return add("note", new FhirElement().set("text", text));
    }

    /** An extension of this element, as FHIR writes it: a URL and one value of the type named. */
    FhirElement extension(String url, String valueType, FhirElement value) {
        return add("extension", new FhirElement().set("url", url).set("value" + valueType, value));
    }

    FhirElement identify(String id) {
        node.put("id", id);
        return this;
    }

    String text(String name) {
        return node.get(name).asString();
    }

    /** A generator that writes FHIR JSON as {@link #writeTo} does, for a document written a piece at a time. */
    static JsonGenerator generator(OutputStream out) {
        return JSON.createGenerator(out);
    }

    void writeTo(JsonGenerator out) {
        out.writeTree(node);
    }

    private static DefaultPrettyPrinter pretty() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        return printer;
    }

    private ArrayNode array(String name) {
        return node.get(name) instanceof ArrayNode existing ? existing : node.putArray(name);
    }
}
