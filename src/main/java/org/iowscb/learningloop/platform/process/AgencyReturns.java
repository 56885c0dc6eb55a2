package org.iowscb.learningloop.platform.process;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each agency's return to a multi-agency review, held in the application's own table until the
 * person who needs them all (the reviewer, the panel) gets their task. While agencies still have
 * tasks open in the case they may read the case's variables, so no agency's return is a process
 * variable before then. Written in the agency's completion transaction.
 */
@Repository
public class AgencyReturns {

    /** The field of a return that names the agency which gave it. */
    public static final String AGENCY = "agency";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    AgencyReturns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseReference, String agency, Object content) {
        try {
            jdbc.update("insert into ll_agency_return (case_reference, agency, recorded_at, content) values (?, ?, ?, ?)",
                caseReference, agency, new Timestamp(ClockUtil.getCurrentTime().getTime()), JSON.writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agency's return could not be written", e);
        }
    }

    /** The returns of a case, oldest first. */
    public List<Map<String, Object>> of(String caseReference) {
        return jdbc.query("select content from ll_agency_return where case_reference = ? order by id",
            (row, i) -> read(row.getString(1)), caseReference);
    }

    /**
     * Each agency's latest return, as text fields, ordered by when it was given: an agency that
     * answered again (after a challenge, say) is listed once, with its last answer.
     */
    public List<Map<String, String>> latestPerAgency(String caseReference) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, Object> returned : of(caseReference)) {
            Map<String, String> row = new LinkedHashMap<>();
            returned.forEach((field, value) -> row.put(field, value == null ? null : String.valueOf(value)));
            rows.removeIf(existing -> Objects.equals(row.get(AGENCY), existing.get(AGENCY)));
            rows.add(row);
        }
        return rows;
    }

    /** Puts each agency's latest return into the case's variable {@code name}, as a JSON list. */
    public void showLatest(DelegateTask task, String name) {
        String caseReference = task.getExecution().getProcessBusinessKey();
        task.getExecution().getProcessInstance().setVariable(name, JsonValue.of(latestPerAgency(caseReference)));
    }

    /** Puts every return of the case into the process variable {@code name}, as a JSON list. */
    public void showAll(DelegateExecution execution, String name) {
        execution.getProcessInstance().setVariable(name, JsonValue.of(of(execution.getProcessBusinessKey())));
    }

    private static Map<String, Object> read(String content) {
        try {
            return new LinkedHashMap<>(JSON.readValue(content, ROW));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agency's return could not be read", e);
        }
    }
}
