// The query page of `claimgraph serve` in headless Chromium.
//
//   node page.test.mjs URL      (URL: base of a running server loaded with seeds/)
//
// Opens URL/, checks the page and its example picker against queries/, runs an example by
// clicking Run and reads the result table, runs another with Ctrl+Enter, runs a malformed
// query and expects an error message, then follows the link to the consistency report. Any
// console error, page error, failed request or HTTP error (other than the malformed query's
// expected 400) fails the run. One line per check; exit status 0 only if all pass.
//
// Environment: CHROMIUM (default /usr/bin/chromium) is the browser; Playwright's own
// browsers are never downloaded (playwright-core does not).

import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const OVERALL_MS = 60_000;
const STEP_MS = 15_000;
const EXECUTABLE = process.env.CHROMIUM || "/usr/bin/chromium";
const QUERIES = new URL("../../../queries/", import.meta.url);
// Runs with the run button; must return rows on the seeds.
const CLICKED = "claims_by_speaker.rq";
// Runs with Ctrl+Enter; its projection has aggregates (`(COUNT(...) AS ?x)`).
const KEYED = "most_quoted.rq";
const MALFORMED = "SELECT ?s WHERE { ?s ?p ";

let browser;
let step = "starting";
let failed = false;

class CheckFailed extends Error {}

function ok(message) {
  console.log("ok   - " + message);
}

function check(condition, message, detail) {
  if (!condition) throw new CheckFailed(message + (detail ? ": " + detail : ""));
  ok(message);
}

let finishing = false;

// Says why (once), closes the browser (within 5 s) and exits.
async function finish(code, message) {
  if (finishing) return;
  finishing = true;
  if (message) console.log("FAIL - " + message);
  if (browser) {
    const closing = browser.close().catch(() => {});
    await Promise.race([closing, new Promise((r) => setTimeout(r, 5_000))]);
  }
  process.exit(code);
}

// The variables a SELECT projects, in order: `?v` at the top level and `AS ?v` in parentheses.
function selectVars(query) {
  const text = query.replace(/#[^\n]*/g, "");
  const match = /\bSELECT\b([\s\S]*?)(?:\bWHERE\b|\{)/i.exec(text);
  if (!match) throw new CheckFailed("no SELECT clause in the example query");
  const clause = match[1];
  const vars = [];
  let depth = 0;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "?" || c === "$") {
      const name = /^[\w]+/.exec(clause.slice(i + 1))[0];
      const before = clause.slice(0, i);
      if (depth === 0 || /\bAS\s*$/i.test(before)) vars.push(name);
      i += name.length;
    }
  }
  if (vars.length === 0) throw new CheckFailed("SELECT * is not supported by this test");
  return vars;
}

// A Playwright error without its colours and call log; anything else with its stack.
function describe(error) {
  const text = String(error && error.message || error).replace(/\x1b\[[0-9;]*m/g, "");
  if (text.includes("Call log:")) return text.split("Call log:")[0].trim();
  return (error && error.stack) || text;
}

function base(arg) {
  if (!arg) {
    console.error("usage: node page.test.mjs URL   (e.g. http://127.0.0.1:7878)");
    process.exit(2);
  }
  let url;
  try {
    url = new URL(arg);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    console.error(`not an http(s) URL: ${arg}`);
    process.exit(2);
  }
  // The page's links and fetches are relative: the base must end with "/".
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}

async function main() {
  const root = base(process.argv[2]);
  const files = readdirSync(QUERIES).filter((f) => f.endsWith(".rq")).sort();
  const source = (name) => readFileSync(new URL(name, QUERIES), "utf8");

  step = "launching Chromium";
  browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(STEP_MS);

  // Everything that goes wrong in the browser, less the errors expected: the malformed query's
  // 400 from /sparql, which Chromium also logs as a console error ("Failed to load resource").
  const problems = [];
  const expected400 = { response: 0, console: 0 };
  const sparql = new URL("sparql", root).href;
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const url = msg.location()?.url || "";
    if (expected400.console > 0 && url === sparql && /status of 400/.test(msg.text())) {
      expected400.console--;
      return;
    }
    problems.push(`console error: ${msg.text()}${url ? " (" + url + ")" : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    const status = response.status();
    if (status === 400 && expected400.response > 0 && response.url() === sparql) {
      expected400.response--;
    } else if (status >= 400) {
      problems.push(`HTTP ${status}: ${response.request().method()} ${response.url()}`);
    }
  });
  const clean = (what) => {
    if (!problems.length) return;
    const hint = problems.some((p) => p.includes("/favicon.ico"))
      ? " [the page has no <link rel=\"icon\"> and the server answers /favicon.ico with 404:"
        + " answer GET /favicon.ico with 204 in src/server/handler.rs, or add"
        + " <link rel=\"icon\" href=\"data:,\"> to both src/server/page.html and the report's <head>]"
      : "";
    throw new CheckFailed(`${what}: ${problems.join("; ")}${hint}`);
  };

  // Runs the editor's query by `trigger` and waits for a table, an answer or an error.
  const runAndWait = async (trigger) => {
    // The status shows "Running…" while running and the button is disabled.
    await trigger();
    await page.waitForFunction(
      () => {
        const button = document.getElementById("run");
        const status = document.getElementById("status");
        return !button.disabled && status.textContent && status.textContent !== "Running…";
      },
      null,
      { timeout: STEP_MS },
    );
  };

  // The table as the page shows it.
  const readTable = () =>
    page.evaluate(() => {
      const table = document.querySelector("#results table");
      if (!table) return null;
      return {
        headers: [...table.querySelectorAll("thead th")].map((th) => th.textContent),
        rows: [...table.querySelectorAll("tbody tr")].map((tr) => tr.cells.length),
        firstRow: [...(table.querySelector("tbody tr")?.cells || [])].map((td) => td.textContent),
      };
    });

  const pickExample = async (name) => {
    const label = await page.$$eval(
      "#examples-list option",
      (options, name) => options.map((o) => o.textContent).find((t) => t.startsWith(name + " ")),
      name,
    );
    if (!label) throw new CheckFailed(`no option for ${name} in the picker`);
    await page.selectOption("#examples-list", { label });
    const value = await page.inputValue("#query");
    check(value === source(name), `picking ${name} puts queries/${name} in the editor`,
      "the editor holds something else (is the binary older than queries/?)");
  };

  const checkTable = async (name, how) => {
    const vars = selectVars(source(name));
    const table = await readTable();
    const status = await page.textContent("#status");
    const statusClass = await page.getAttribute("#status", "class");
    check(table !== null && statusClass !== "error", `${name} (${how}) shows a result table`,
      `status: ${JSON.stringify(status)}`);
    check(JSON.stringify(table.headers) === JSON.stringify(vars),
      `${name}: column headers are its SELECT variables ${vars.join(", ")}`,
      `got ${table.headers.join(", ")}`);
    check(table.rows.length >= 1 && table.rows.every((n) => n === vars.length),
      `${name}: ${table.rows.length} data rows of ${vars.length} cells (first: ${JSON.stringify(table.firstRow.slice(0, 2))}…)`,
      table.rows.length ? "rows with the wrong number of cells" : "no data rows");
    // The same query straight to the endpoint: the table shows every row (up to 2000).
    const direct = await page.request.post(sparql, {
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
      data: source(name),
    });
    const bindings = (await direct.json()).results.bindings.length;
    const shown = Math.min(bindings, 2000);
    check(table.rows.length === shown && status.startsWith(bindings + (bindings === 1 ? " row" : " rows")),
      `${name}: the table and status agree with /sparql (${bindings} rows; status "${status}")`,
      `table ${table.rows.length} rows, endpoint ${bindings}`);
    const links = await page.$$eval("#downloads a", (as) => as.map((a) => a.textContent));
    check(links.join(",") === "CSV,TSV,JSON,XML", `${name}: download links ${links.join(", ")}`,
      `got ${JSON.stringify(links)}`);
  };

  // 1. The page loads.
  step = "loading the page";
  const response = await page.goto(root.href, { waitUntil: "load" });
  // Late requests (such as the browser's own /favicon.ico) count against the page.
  await page.waitForLoadState("networkidle");
  check(response && response.status() === 200, `GET ${root.href} answers 200`,
    `status ${response && response.status()}`);
  check((response.headers()["content-type"] || "").startsWith("text/html"), "the page is text/html",
    response.headers()["content-type"]);
  clean("the page loaded with errors");
  ok("page loaded with no console error, page error or failed request");

  // 2. Title, editor, run button, picker.
  step = "checking the page's parts";
  const title = await page.title();
  check(/claimgraph/i.test(title), `title "${title}"`, "the title does not name claimgraph");
  check(await page.isVisible("#query"), "the query editor (#query) is visible");
  check(await page.isEnabled("#run"), "the run button (#run) is enabled");
  check(await page.isVisible("#examples-list"), "the example picker (#examples-list) is visible");
  const options = await page.$$eval("#examples-list option", (os) => os.map((o) => o.textContent));
  const listed = options.map((t) => t.split(" ")[0]).sort();
  check(JSON.stringify(listed) === JSON.stringify(files),
    `the picker lists every .rq file of queries/ (${files.length}: ${files.join(", ")})`,
    `picker: ${listed.join(", ")}; queries/: ${files.join(", ")} (EXAMPLES in src/server/page.rs)`);
  const first = await page.inputValue("#query");
  check(files.some((f) => source(f) === first), "the editor starts with one of the examples",
    "its text is in no file of queries/ (is the binary older than queries/?)");

  // 3. An example, run by clicking Run.
  step = `running ${CLICKED}`;
  await pickExample(CLICKED);
  await runAndWait(() => page.click("#run"));
  await checkTable(CLICKED, "clicked Run");
  clean(`running ${CLICKED}`);

  // 4. Another, run by Ctrl+Enter in the editor.
  step = `running ${KEYED}`;
  await pickExample(KEYED);
  await runAndWait(async () => {
    await page.focus("#query");
    await page.keyboard.press("Control+Enter");
  });
  await checkTable(KEYED, "Ctrl+Enter");
  clean(`running ${KEYED}`);

  // 5. A malformed query: an error message, no table, no downloads.
  step = "running a malformed query";
  await page.fill("#query", MALFORMED);
  expected400.response = 1;
  expected400.console = 1;
  const answered = page.waitForResponse((r) => r.url() === sparql && r.request().method() === "POST");
  await runAndWait(() => page.click("#run"));
  const malformedStatus = (await answered).status();
  expected400.response = 0;
  check(malformedStatus === 400, "the malformed query is answered 400", `got ${malformedStatus}`);
  const errorClass = await page.getAttribute("#status", "class");
  const errorText = (await page.textContent("#status")) || "";
  check(errorClass === "error" && await page.isVisible("#status.error") && errorText.startsWith("400"),
    `the malformed query shows an error message: "${errorText.split("\n")[0].slice(0, 90)}"`,
    `status class ${JSON.stringify(errorClass)}, text ${JSON.stringify(errorText)}`);
  const leftovers = await page.$$eval("#results table, #results pre, #downloads a", (es) => es.length);
  check(leftovers === 0, "the malformed query shows no table and no download links");
  clean("running a malformed query");

  // 6. The consistency report, by its link.
  step = "following the report link";
  const reportUrl = new URL("report", root).href;
  const link = page.getByRole("link", { name: "Consistency report" });
  const [report] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
    link.click(),
  ]);
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle");
  check(report.url() === reportUrl && report.status() === 200 && page.url() === reportUrl,
    `the "Consistency report" link opens ${reportUrl} with 200`,
    `${report.url()} answered ${report.status()}, the page is at ${page.url()}`);
  const body = (await page.textContent("body")) || "";
  const headings = await page.$$eval("h1, h2, h3, .verdict", (es) => es.map((e) => e.textContent.trim()));
  const verdict = headings.find((h) => /^(conflicts?|compatible|agree|uncorroborated)\b/i.test(h));
  check(/\bconflicts?\b/i.test(body) || verdict !== undefined,
    `the report names conflicts or verdicts (${verdict ? "heading \"" + verdict + "\"" : "the word \"conflict\""})`,
    "neither the word conflict nor a verdict heading");
  clean("the report page");

  step = "closing";
  ok("no console error, page error, failed request or unexpected HTTP error in the whole run");
}

const watchdog = setTimeout(
  () => finish(1, `timed out after ${OVERALL_MS / 1000} s (while ${step})`),
  OVERALL_MS,
);

try {
  await main();
} catch (error) {
  failed = true;
  const message = error instanceof CheckFailed ? error.message : `${step}: ${describe(error)}`;
  clearTimeout(watchdog);
  await finish(1, message);
}
if (!failed) {
  clearTimeout(watchdog);
  console.log("all checks passed");
  await finish(0);
}
