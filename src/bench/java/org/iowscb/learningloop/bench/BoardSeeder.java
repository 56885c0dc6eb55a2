package org.iowscb.learningloop.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.audit.section11audit.Section11Audit;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessment;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.learning.learningcycle.DisseminationMethod;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.StringListVariable;

/**
 * Seeds the board benchmark's cases through the engine, as the processes' own starts and task
 * completions (the guards, listeners, history and learning register see what they would see in use).
 * A realistic mix over the last two years: of every 20 cases, 3 serious case reviews (initiated on their
 * day, so the older ones are past their six months), 3 multi-agency
 * case reviews, 2 section 11 audits (half with one agency's return in) and 12 improvement actions of the
 * four demo agencies (those due before today half completed with evidence through their tasks, a tenth
 * awaiting the sub-group, the rest overdue). Every review records a lesson with its themes in the
 * learning register, with its dissemination, some done and followed up.
 * <p>
 * Time is moved with the engine clock ({@link ClockUtil}, global to the JVM), one day at a time: the
 * cases of a day are started by several threads at once, then the next day. The job executor is off,
 * so no timer fires meanwhile.
 */
final class BoardSeeder {

    static final List<String> AGENCIES = List.of("agency-police", "agency-health", "agency-childrens-services",
        "agency-probation");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int DAYS_BACK = 730;
    private static final String EVIDENCE = "Nine of ten case files audited now record the child's own words";

    private final ProcessEngine engine;
    private final LearningRegister register;
    private final List<String> themes;
    private final int workers;
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger processInstances = new AtomicInteger();
    private final AtomicInteger tasksCompleted = new AtomicInteger();

    BoardSeeder(ProcessEngine engine, LearningRegister register, int workers) {
        this.engine = engine;
        this.register = register;
        this.themes = List.copyOf(register.themes().keySet());
        this.workers = workers;
    }

    int failed() {
        return failed.get();
    }

    List<String> firstErrors() {
        return errors.stream().limit(5).toList();
    }

    int tasksCompleted() {
        return tasksCompleted.get();
    }

    private void awaitAll(List<Future<?>> done) throws InterruptedException {
        for (Future<?> future : done) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed.incrementAndGet();
                errors.add(String.valueOf(e.getCause()));
            }
        }
    }

    /** Adds cases {@code from} to {@code until - 1} (their numbers decide their kind), spread over two years. */
    void seed(int from, int until, LocalDate today) throws InterruptedException {
        int count = until - from;
        int days = Math.max(1, Math.min(60, count / 40));
        long begin = System.nanoTime();
        long lastProgress = begin;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (int day = 0; day < days; day++) {
                LocalDate on = weekday(today.minusDays(DAYS_BACK - (long) DAYS_BACK * day / days + 1));
                ClockUtil.setCurrentTime(Date.from(on.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant()));
                int first = from + (int) ((long) count * day / days);
                int last = from + (int) ((long) count * (day + 1) / days);
                // the first case of each block of 20 records the lesson the block's actions name: it goes first
                for (boolean lessonsFirst : new boolean[] {true, false}) {
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = first; i < last; i++) {
                        int number = i;
                        if ((number % 20 == 0) == lessonsFirst) {
                            done.add(pool.submit(() -> seedCase(number, on, today)));
                        }
                    }
                    awaitAll(done);
                }
                if (System.nanoTime() - lastProgress > 5_000_000_000L || day == days - 1) {
                    lastProgress = System.nanoTime();
                    double seconds = (lastProgress - begin) / 1e9;
                    System.out.printf("  seeded %,d/%,d cases (day %s), %,d process instances, %,d tasks completed, "
                            + "%.0f cases/s, %d failed%n", last - from, count, on, processInstances.get(),
                        tasksCompleted.get(), (last - from) / seconds, failed.get());
                }
            }
        } finally {
            ClockUtil.reset();
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private void seedCase(int number, LocalDate on, LocalDate today) {
        Random random = new Random(number * 7919L + 17);
        try {
            switch (number % 20) {
                case 0, 1, 2 -> seriousCaseReview(number, on, random);
                case 3, 4, 5 -> multiAgencyCaseReview(number, on, random);
                case 6, 7 -> section11Audit(on, random);
                default -> improvementAction(number, on, today, random);
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            if (errors.size() < 20) {
                errors.add(number % 20 + ": " + e);
            }
        }
    }

    private void seriousCaseReview(int number, LocalDate on, Random random) {
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(SeriousCaseReview.KEY,
            Variables.createVariables()
                .putValue(SeriousCaseReview.INVOLVED_AGENCIES.name(), StringListVariable.valueOf(agencies(random)))
                .putValue(CaseVariables.REFERRING_AGENCY.name(), pick(AGENCIES, random))
                .putValue(SeriousCaseReview.INITIATED_ON.name(), on.toString())
                .putValue(SeriousCaseReview.CHILD_DIED.name(), random.nextBoolean()));
        processInstances.incrementAndGet();
        String reference = review.getBusinessKey();
        lesson(number, reference, SeriousCaseReview.KEY, on, random);
    }

    private void multiAgencyCaseReview(int number, LocalDate on, Random random) {
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(MultiAgencyCaseReview.KEY,
            Variables.createVariables()
                .putValue(MultiAgencyCaseReview.INVOLVED_AGENCIES.name(), StringListVariable.valueOf(agencies(random)))
                .putValue(MultiAgencyCaseReview.REFERRING_AGENCY.name(), pick(AGENCIES, random))
                .putValue(MultiAgencyCaseReview.INCIDENT_KNOWN_ON.name(), on.minusDays(14).toString())
                .putValue(MultiAgencyCaseReview.CHILD_DIED.name(), false));
        processInstances.incrementAndGet();
        lesson(number, review.getBusinessKey(), MultiAgencyCaseReview.KEY, on, random);
    }

    private void section11Audit(LocalDate on, Random random) {
        List<String> agencies = agencies(random);
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(Section11Audit.KEY,
            Variables.createVariables().putValue(Section11Audit.AGENCIES.name(), StringListVariable.valueOf(agencies))
                .putValue(SelfAssessment.DEADLINE.name(), on.plusDays(60).toString()));
        processInstances.incrementAndGet();
        if (random.nextBoolean()) {
            Task assessment = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
                .taskCandidateGroup(agencies.get(0)).singleResult();
            Answers answers = Answers.allMet(Section11Audit.STANDARDS, "Board minutes and training records");
            if (random.nextInt(3) == 0) {
                answers.gap(Section11Audit.STANDARDS.get(random.nextInt(Section11Audit.STANDARDS.size())),
                    Rating.PARTIALLY_MET, "Refresher training overdue for some staff");
            }
            engine.getTaskService().complete(assessment.getId(), answers.variables());
            tasksCompleted.incrementAndGet();
        }
    }

    private void improvementAction(int number, LocalDate on, LocalDate today, Random random) {
        LocalDate due = on.plusDays(20 + random.nextInt(100));
        ProcessInstance action = engine.getRuntimeService().startProcessInstanceByKey(ImprovementAction.KEY,
            Variables.createVariables()
                .putValue(ImprovementAction.ACTION_DESCRIPTION.name(),
                    "Record the child's own words at every visit and supervision")
                .putValue(ImprovementAction.OWNER_GROUP.name(), AGENCIES.get(number % AGENCIES.size()))
                .putValue(ImprovementAction.DUE_ON.name(), due.toString())
                .putValue(ImprovementAction.MONITORING_GROUP.name(), Groups.PQA_SUBGROUP)
                .putValue(ImprovementAction.LESSON_REFERENCE.name(), lessonReference(number - number % 20)));
        processInstances.incrementAndGet();
        int fate = random.nextInt(10);
        if (!due.isBefore(today) || fate >= 6) {
            return; // on track, or overdue
        }
        complete(action, ImprovementAction.Elements.GIVE_EVIDENCE, Map.of(ImprovementAction.EVIDENCE.name(), EVIDENCE,
            ImprovementAction.EVIDENCE_CHECK.name(), "File audit by the designated nurse"));
        if (fate < 5) {
            complete(action, ImprovementAction.Elements.CONSIDER_EVIDENCE,
                Map.of(ImprovementAction.EVIDENCE_ACCEPTED.name(), true));
        }
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("no open task " + taskKey + " in " + instance.getBusinessKey());
        }
        engine.getTaskService().complete(task.getId(), variables);
        tasksCompleted.incrementAndGet();
    }

    /** A lesson of the review, with one or two themes, its dissemination planned, some done and followed up. */
    private void lesson(int number, String source, String sourceType, LocalDate on, Random random) {
        String reference = lessonReference(number - number % 20) + (number % 20 == 0 ? "" : "-" + number % 20);
        List<String> chosen = new ArrayList<>(List.of(pick(themes, random)));
        String second = pick(themes, random);
        if (random.nextBoolean() && !chosen.contains(second)) {
            chosen.add(second);
        }
        register.recordLesson(reference, "LC-" + source, source, sourceType,
            "Agencies shared what they knew too late to protect the child", chosen, on.plusDays(30));
        register.recordDissemination(reference, DisseminationMethod.BRIEFING.name(), Groups.BUSINESS_UNIT, Groups.BOARD);
        register.recordDissemination(reference, DisseminationMethod.MULTI_AGENCY_TRAINING.name(),
            Groups.WORKFORCE_DEVELOPMENT, Groups.WORKFORCE_DEVELOPMENT);
        if (random.nextInt(3) > 0) {
            register.disseminationDone(reference, DisseminationMethod.BRIEFING.name(), on.plusDays(45));
            register.disseminationDone(reference, DisseminationMethod.MULTI_AGENCY_TRAINING.name(), on.plusDays(60));
            if (random.nextBoolean()) {
                register.trainingFollowedUp(reference, DisseminationMethod.MULTI_AGENCY_TRAINING.name(),
                    "Staff now check who else knows the family before a conference");
            }
        }
    }

    private static String lessonReference(int block) {
        return "LRN-BENCH-" + block;
    }

    private static List<String> agencies(Random random) {
        String first = pick(AGENCIES, random);
        String second = pick(AGENCIES, random);
        return first.equals(second) ? List.of(first) : List.of(first, second);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
            : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }
}
