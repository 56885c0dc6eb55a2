#!/usr/bin/env python3
"""Flow-node and sequence-flow coverage of every model in processes/, taken together over every
process test's report in target/process-test-coverage/ (the coverage library reports per test
class; a person wants one line per model). Exits 1 when a model is below 100%."""
import glob
import json
import sys
import xml.etree.ElementTree as ET

BPMN = '{http://www.omg.org/spec/BPMN/20100524/MODEL}'
NODES = {'startEvent', 'endEvent', 'userTask', 'serviceTask', 'businessRuleTask', 'sendTask', 'receiveTask',
         'scriptTask', 'task', 'manualTask', 'callActivity', 'subProcess', 'exclusiveGateway', 'parallelGateway',
         'inclusiveGateway', 'eventBasedGateway', 'intermediateCatchEvent', 'intermediateThrowEvent',
         'boundaryEvent'}

taken = {}
for report in glob.glob('target/process-test-coverage/*/report.json'):
    for suite in json.load(open(report))['suites']:
        for run in suite['runs']:
            for event in run['events']:
                taken.setdefault(event['modelKey'], set()).add(event['definitionKey'])

failed = False
print(f"{'model':32} {'flow nodes':>12} {'sequence flows':>16}")
for path in sorted(glob.glob('processes/*.bpmn')):
    root = ET.parse(path).getroot()
    for process in root.iter(BPMN + 'process'):
        key = process.get('id')
        nodes = {e.get('id') for e in process.iter() if e.tag.replace(BPMN, '') in NODES}
        flows = {e.get('id') for e in process.iter(BPMN + 'sequenceFlow')}
        seen = taken.get(key, set())
        n, f = len(nodes & seen), len(flows & seen)
        print(f"{key:32} {n:>5}/{len(nodes):<6} {f:>7}/{len(flows):<8}")
        missing = sorted((nodes | flows) - seen)
        if missing:
            failed = True
            print('   not taken:', ', '.join(missing))
sys.exit(1 if failed else 0)
