package org.iowscb.learningloop.learning.learningregister;

import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the tests of the register's REST API: before each test a small register of its own
 * ({@link RegisterScenario}), written as the learning loop's steps write it, read over HTTP as the
 * demo users read it.
 */
abstract class RegisterApiTest extends ApplicationTest {

    @Autowired
    LearningRegister register;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WorkingDays workingDays;

    /** This test's register: references of its own. */
    RegisterScenario s;

    @BeforeEach
    void aRegister() {
        s = RegisterScenario.write(register, new TransactionTemplate(transactions), workingDays.today());
    }
}
