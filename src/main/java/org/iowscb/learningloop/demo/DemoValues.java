package org.iowscb.learningloop.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.platform.process.FormAnswers;

/**
 * What the demo enters in a form's field: what the form shows filled in already is left as it is;
 * else the owning module's answer ({@link FormAnswers}) where it has one, else a value by the
 * field's type: believable text ({@link DemoTexts}), a date a month ahead, a ticked box, one of
 * the options the form offers (picked by the case's own random, so a second seeding picks the same).
 *
 * @param answers the modules' answers
 * @param today   the day the case has reached
 * @param random  the case's random
 */
record DemoValues(List<FormAnswers> answers, LocalDate today, Random random) implements CamundaForm.FieldValues {

    @Override
    public Object valueOf(String form, JsonNode field, Map<String, Object> context) {
        String key = field.path("key").asText();
        if (filledIn(context.get(key))) {
            return context.get(key); // the form shows it filled in already: a person leaves it
        }
        for (FormAnswers module : answers) {
            Optional<Object> answer = module.answer(form, key, today);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return switch (field.path("type").asText()) {
            case "textfield", "textarea" -> DemoTexts.forField(field, random);
            case "number" -> 1L + random.nextInt(3);
            case "checkbox" -> true;
            case "datetime" -> today.plusDays(28 + random.nextInt(21)).toString();
            case "select", "radio" -> {
                List<String> options = CamundaForm.options(field, context);
                yield options.isEmpty() ? null : options.get(random.nextInt(options.size()));
            }
            case "checklist", "taglist" -> {
                List<String> options = new ArrayList<>(CamundaForm.options(field, context));
                if (options.isEmpty()) {
                    yield null;
                }
                Collections.shuffle(options, random);
                yield List.copyOf(options.subList(0, Math.min(options.size(), 1 + random.nextInt(3))));
            }
            default -> null;
        };
    }

    /** One entry, or two, in a list that holds none. */
    @Override
    public int entriesToAdd() {
        return random.nextBoolean() ? 2 : 1;
    }

    private static boolean filledIn(Object shown) {
        return shown != null && !(shown instanceof String text && text.isBlank())
            && !(shown instanceof Collection<?> list && list.isEmpty());
    }
}
