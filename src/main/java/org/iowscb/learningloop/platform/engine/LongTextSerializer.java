package org.iowscb.learningloop.platform.engine;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A text variable longer than the engine's text column ({@value #TEXT_COLUMN} characters, varchar(4000) on
 * PostgreSQL) would fail the insert with a 500. Narratives (summaries, reasons, findings) may be longer, so a
 * String over that length is stored in the engine's byte-array table as UTF-8 and read back as a String:
 * Tasklist, Cockpit and the REST API still see type String, and shorter texts are stored as before.
 * Registered before the engine's own serializers; the serializer name {@value #NAME} marks such rows.
 * A long text cannot be found by a variable-value query (its text column stays empty).
 */
public class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

    public static final String NAME = "longString";
    /** Characters the engine's TEXT_ column holds. */
    public static final int TEXT_COLUMN = 4000;

    public LongTextSerializer() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setTextValue(null);
        valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof String text && text.length() > TEXT_COLUMN;
    }

    @Override
    public boolean canHandle(TypedValue value) {
        if (value.getType() != null && value.getType() != ValueType.STRING) {
            return false;
        }
        return canWriteValue(value);
    }
}
