#!/usr/bin/env node
// Renders the models in processes/ to PNG pictures in docs/diagrams/ for the README.
//
//   npm ci && npm run render:diagrams            (all models)
//   npm run render:diagrams -- processes/foo.bpmn (only the given files)
//
// Every processes/*.bpmn becomes docs/diagrams/<basename>.png (bpmn-js NavigatedViewer).
// Every processes/*.dmn becomes docs/diagrams/<basename>.png as well: the decision table
// when the model holds one decision, otherwise the DRD plus one
// docs/diagrams/<basename>-<decisionId>.png per decision table (dmn-js viewer).
//
// A developer step, run by hand when the models change; the PNGs are committed.
// It drives Debian's Chromium through playwright-core and never downloads a browser:
//   apt-get install -y chromium fonts-liberation
// (fonts-liberation has Arial's metrics, the font bpmn-js lays its labels out for).
// CHROMIUM_PATH overrides /usr/bin/chromium; RENDER_SCALE (default 2) sets the pixel density.

import { readFile, readdir, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, extname, join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const processesDir = join(root, 'processes');
const outDir = join(root, 'docs', 'diagrams');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const scale = Number(process.env.RENDER_SCALE || 2);
const PADDING = 20;

// The bpmn.io watermark (bottom right) stays, as the bpmn-js/dmn-js licence asks:
// a strip of WATERMARK_SPACE pixels below the model keeps it clear of the drawing.
const WATERMARK_SPACE = 40;

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; padding: 0; background: #fff; overflow: hidden; }
  #canvas { position: relative; background: #fff; }
  #canvas.diagram { width: 100vw; height: 100vh; }
  #canvas.table { display: inline-block; width: max-content; padding: ${PADDING}px; }
  #canvas.table .tjs-container { padding-bottom: ${WATERMARK_SPACE}px; }
  /* editor chrome that is no part of the model */
  #canvas .view-drd, #canvas .dmn-definitions { display: none; }
</style></head><body><div id="canvas" class="diagram"></div></body></html>`;

async function listModels(args) {
  if (args.length) {
    return args.map(a => resolve(a));
  }
  if (!existsSync(processesDir)) {
    return [];
  }
  return (await readdir(processesDir))
    .filter(f => [ '.bpmn', '.dmn' ].includes(extname(f)))
    .sort()
    .map(f => join(processesDir, f));
}

async function newPage(browser, styles, script) {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 800 },
    deviceScaleFactor: scale,
    offline: true
  });
  const page = await context.newPage();

  // nothing may leave the machine: the page only needs what we inject
  await page.route('**/*', route => route.abort());
  page.on('pageerror', err => console.error('  page error:', err.message));
  await page.setContent(PAGE);
  for (const path of styles) {
    await page.addStyleTag({ path });
  }
  await page.addScriptTag({ path: script });
  return page;
}

// Sizes the viewport to the diagram's bounding box plus padding and takes the picture.
// `window.diagramViewer` is a bpmn-js viewer or dmn-js's DRD viewer.
async function fitAndShoot(page, outFile) {
  const box = await page.evaluate(({ pad, bottom }) => {
    document.getElementById('canvas').className = 'diagram';
    const canvas = window.diagramViewer.get('canvas');
    canvas.zoom(1);
    const inner = canvas.viewbox().inner;
    return {
      x: Math.floor(inner.x - pad),
      y: Math.floor(inner.y - pad),
      width: Math.ceil(inner.width + 2 * pad),
      height: Math.ceil(inner.height + 2 * pad + bottom)
    };
  }, { pad: PADDING, bottom: WATERMARK_SPACE });

  await page.setViewportSize({ width: box.width, height: box.height });
  await page.evaluate((box) => {
    const canvas = window.diagramViewer.get('canvas');
    canvas.resized();
    canvas.viewbox(box);
  }, box);

  await page.locator('#canvas').screenshot({ path: outFile });
}

async function renderBpmn(browser, file) {
  const dist = dirname(require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js'));
  const page = await newPage(browser,
    [ 'diagram-js.css', 'bpmn-js.css' ].map(f => join(dist, 'assets', f)),
    join(dist, 'bpmn-navigated-viewer.production.min.js'));
  try {
    const warnings = await page.evaluate(async (xml) => {
      window.diagramViewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await window.diagramViewer.importXML(xml);
      return warnings.map(w => w.message);
    }, await readFile(file, 'utf8'));
    warnings.forEach(w => console.warn('  import warning:', w));

    const outFile = join(outDir, basename(file, '.bpmn') + '.png');
    await fitAndShoot(page, outFile);
    return [ outFile ];
  } finally {
    await page.context().close();
  }
}

// One decision table: <name>.png is that table. Otherwise <name>.png is the DRD
// and every decision table is <name>-<decisionId>.png.
async function renderDmn(browser, file) {
  const dist = dirname(require.resolve('dmn-js/dist/dmn-viewer.production.min.js'));
  const page = await newPage(browser,
    [ 'diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css',
      'dmn-js-literal-expression.css', 'dmn-js-boxed-expression.css', 'dmn-font/css/dmn-embedded.css' ]
      .map(f => join(dist, 'assets', f))
      .filter(f => existsSync(f)),
    join(dist, 'dmn-viewer.production.min.js'));
  try {
    const { warnings, views } = await page.evaluate(async (xml) => {
      window.dmnViewer = new window.DmnJS({ container: '#canvas' });
      const { warnings } = await window.dmnViewer.importXML(xml);
      return {
        warnings: warnings.map(w => w.message),
        views: window.dmnViewer.getViews().map(v => ({ type: v.type, id: v.element.id }))
      };
    }, await readFile(file, 'utf8'));
    warnings.forEach(w => console.warn('  import warning:', w));

    const name = basename(file, '.dmn');
    const tables = views.filter(v => v.type === 'decisionTable');
    const drd = views.find(v => v.type === 'drd');
    const written = [];

    const open = (id, className) => page.evaluate(async ({ id, className }) => {
      document.getElementById('canvas').className = className;
      const view = window.dmnViewer.getViews().find(v => v.element.id === id);
      await window.dmnViewer.open(view);
      window.diagramViewer = window.dmnViewer.getActiveViewer();
    }, { id, className });

    if (drd && tables.length !== 1) {
      await page.setViewportSize({ width: 1200, height: 800 });
      await open(drd.id, 'diagram');
      const outFile = join(outDir, name + '.png');
      await fitAndShoot(page, outFile);
      written.push(outFile);
    }

    for (const table of tables) {
      await page.setViewportSize({ width: 1200, height: 800 });
      await open(table.id, 'table');
      const outFile = join(outDir, tables.length === 1 ? `${name}.png` : `${name}-${table.id}.png`);
      await page.locator('#canvas').screenshot({ path: outFile });
      written.push(outFile);
    }
    return written;
  } finally {
    await page.context().close();
  }
}

async function main() {
  const files = await listModels(process.argv.slice(2));
  if (!files.length) {
    console.log('No models found in', relative(process.cwd(), processesDir) || '.');
    return;
  }
  if (!existsSync(executablePath)) {
    console.error(`No Chromium at ${executablePath}: apt-get install -y chromium fonts-liberation (or set CHROMIUM_PATH)`);
    process.exit(2);
  }
  await mkdir(outDir, { recursive: true });

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'
    ]
  });

  let failed = 0;
  try {
    for (const file of files) {
      console.log('rendering', relative(root, file));
      try {
        const written = extname(file) === '.dmn'
          ? await renderDmn(browser, file)
          : await renderBpmn(browser, file);
        written.forEach(f => console.log('  ->', relative(root, f)));
      } catch (err) {
        failed++;
        console.error('  FAILED:', err.message);
      }
    }
  } finally {
    await browser.close();
  }
  if (failed) {
    process.exit(1);
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
