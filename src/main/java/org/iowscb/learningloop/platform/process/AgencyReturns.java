package org.iowscb.learningloop.platform.process;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    AgencyReturns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseReference, String agency, Map<String, ?> content) {
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

    /** Puts every return of the case into the process variable {@code name}, as a JSON list. */
    public void showAll(DelegateExecution execution, String name) {
        List<Map<String, Object>> all = new ArrayList<>(of(execution.getProcessBusinessKey()));
        execution.getProcessInstance().setVariable(name, Variables.objectValue(all)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    private static Map<String, Object> read(String content) {
        try {
            return new LinkedHashMap<>(JSON.readValue(content, ROW));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agency's return could not be read", e);
        }
    }
}
