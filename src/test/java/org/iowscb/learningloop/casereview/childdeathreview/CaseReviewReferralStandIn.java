package org.iowscb.learningloop.casereview.childdeathreview;

import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.platform.casereference.CaseType;

/**
 * TEST ONLY. While {@code processes/case-review-referral.bpmn} is not deployed, a one-task
 * stand-in takes its key, so the child death review tests can prove a referral starts with the
 * right variables. When the real model is deployed, nothing is deployed here and the tests run
 * against it.
 */
final class CaseReviewReferralStandIn {

    static final String RESOURCE = "childdeathreview/case-review-referral-stand-in.bpmn";

    private CaseReviewReferralStandIn() {
    }

    static void deployIfAbsent(ProcessEngine engine) {
        var repository = engine.getRepositoryService();
        String key = CaseType.CASE_REVIEW_REFERRAL.processKey();
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            repository.createDeployment().name("case-review-referral stand-in (tests)")
                .addClasspathResource(RESOURCE).deploy();
        }
    }
}
