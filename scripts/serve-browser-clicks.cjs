// The page of `orgrules serve` used as a person would, with clicks and typing (playwright-core driving
// Debian's chromium): search, open a card, expand and collapse the tree, ask, follow a violation to a
// person, the titles review. Run by scripts/serve-browser-test.sh:
//   NODE_PATH=…/node_modules node scripts/serve-browser-clicks.cjs BASE_URL SCREENSHOT.png
// Exit 1 when a step fails, when the page throws, or when it fetches anything from another origin.
"use strict";
const { chromium } = require("playwright-core");

(async () => {
  const [base, shot] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  let failed = 0;
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(20000);
    page.on("pageerror", (e) => problems.push("the page threw: " + e.message));
    page.on("request", (r) => { if (!r.url().startsWith(base)) problems.push("fetched from outside: " + r.url()); });
    const step = async (name, fn) => {
      try {
        await fn();
        console.log("   ok   " + name);
      } catch (e) {
        failed++;
        console.log("   FAIL " + name + ": " + String(e.message).split("\n")[0]);
      }
    };
    await page.goto(base);

    await step("typing li in the search box lists 李明 (li)", async () => {
      await page.fill("#search", "li");
      await page.waitForSelector('#results li.hit a[data-id="li"]');
    });
    await step("clicking the hit opens li's card: title as read, chain, team, peers", async () => {
      await page.click('#results li.hit a[data-id="li"]');
      await page.waitForSelector('#person .card[data-id="li"]');
      const t = await page.textContent("#person");
      for (const want of ["生产经理", "MANAGER", "上级链 Chain", "团队 Team", "平级 Peers", "违规 Violations"]) {
        if (!t.includes(want)) throw new Error("no " + want + " in: " + t.slice(0, 200));
      }
    });
    await step("expanding the first person at the top shows their reports; collapsing hides them", async () => {
      const root = page.locator("#tree > li").first();
      const toggle = root.locator(":scope > .node > button.toggle");
      const kids = root.locator(":scope > ul");
      await toggle.click();
      await kids.locator(":scope > li").first().waitFor();
      if (await kids.isHidden()) throw new Error("the reports are not shown");
      await toggle.click();
      if (!(await kids.isHidden())) throw new Error("the reports are still shown");
    });
    await step("asking 产品经理和技术总监哪个大? shows the answer and its explanation tree", async () => {
      await page.click("nav button[data-tab=ask]");
      await page.fill("#question", "产品经理和技术总监哪个大?");
      await page.click("#ask-form button[type=submit]");
      await page.waitForSelector("#answer-text");
      const a = await page.textContent("#answer-text");
      if (!a.includes("技术总监 is senior to 产品经理")) throw new Error("the answer was: " + a);
      const why = await page.textContent("#answer");
      if (!why.includes("K7.1") || !why.includes(".drl:")) throw new Error("no explanation tree");
    });
    await step("the violations link to people, and a link opens that person's card", async () => {
      await page.click("nav button[data-tab=violations]");
      await page.waitForSelector("#violation-list li.violation");
      const link = page.locator("#violation-list a.person").first();
      const id = await link.getAttribute("data-id");
      await link.click();
      await page.waitForSelector(`#person .card[data-id="${id}"]`);
      if (!(await page.isVisible("#tab-chart"))) throw new Error("the org chart tab is not shown");
    });
    await step("the titles review lists every title with its reading", async () => {
      await page.click("nav button[data-tab=titles]");
      await page.waitForSelector("#titles table tbody tr");
    });
    await page.screenshot({ path: shot });
  } finally {
    await browser.close();
  }
  for (const p of problems) console.log("   FAIL " + p);
  process.exit(failed || problems.length ? 1 : 0);
})().catch((e) => {
  console.error("the click-through could not run: " + e.message);
  process.exit(1);
});
