// Camunda Forms' date fields the English way: 03/12/2026 is 3 December 2026.
//
// The form-js inside Tasklist 7.24 builds its date picker (flatpickr 4.6) with a format taken from the
// browser's language, so a browser set to American English (as many in England are) shows and reads
// mm/dd/yyyy, and a date typed as 03/12/2026 is stored as 12 March. It offers no setting for this,
// but flatpickr takes plugins from its defaults for every picker it makes: this one sets every form
// date picker to dd/mm/yyyy (shown and read), a dd/mm/yyyy placeholder and weeks from Monday. What
// form-js stores is unchanged: an ISO date, 2026-12-03. Camunda's files are left as they are.
// Dates a form's text shows from the case's variables read dd/mm/yyyy as well.

const UK_DATE = 'd/m/Y'; // flatpickr's tokens: day and month with their zeros, four-digit year
const PLACEHOLDER = 'dd/mm/yyyy';

const inAForm = (picker) => !!(picker.element && picker.element.closest && picker.element.closest('.fjs-datepicker'));

const ukDates = (picker) => {
  if (!inAForm(picker)) {
    return {};
  }
  picker.config.dateFormat = UK_DATE;
  picker.config.ariaDateFormat = 'j F Y';
  picker.element.setAttribute('placeholder', PLACEHOLDER);
  return { locale: { firstDayOfWeek: 1 } };
};

const teach = (flatpickr) => {
  if (!flatpickr || typeof flatpickr.setDefaults !== 'function' || flatpickr.learningLoopUkDates) {
    return;
  }
  flatpickr.learningLoopUkDates = true;
  const plugins = (flatpickr.defaultConfig && flatpickr.defaultConfig.plugins) || [];
  flatpickr.setDefaults({ plugins: plugins.concat([ukDates]) });
};

// form-js reads a stored date (2026-12-03) with Date.parse, which takes it for midnight UTC, and
// writes back the day that instant falls on in the browser's zone: in a browser whose clock is
// set west of UTC (a laptop left on New York time) a form would show 02/12/2026 and save it so. A
// date without a time is a calendar day: read it as that day's midnight wherever the browser is.
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const parse = Date.parse;
Date.parse = function (text) {
  const day = typeof text === 'string' ? CALENDAR_DAY.exec(text) : null;
  return day ? new Date(+day[1], day[2] - 1, +day[3]).getTime() : parse.call(Date, text);
};

// A form's text writes a stored date as the engine keeps it ("due **{{dueOn}}**" reads "due
// 2026-12-03"): show each such calendar day in the form's text as 03/12/2026 too.
const ISO_DAY = /(?<![\w/-])(\d{4})-(\d{2})-(\d{2})(?![\w-]|:\d)/g;
const english = (text) => text.replace(ISO_DAY, (iso, year, month, day) => (
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? day + '/' + month + '/' + year : iso));

const writeDaysTheEnglishWay = () => {
  document.querySelectorAll('form.fjs-form').forEach((form) => {
    const texts = document.createTreeWalker(form, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (/\d{4}-\d{2}-\d{2}/.test(node.nodeValue)
        && !node.parentNode.closest('textarea, input, script, style') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT)
    });
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const written = english(text.nodeValue);
      if (written !== text.nodeValue) {
        text.nodeValue = written;
      }
    }
  });
};
new MutationObserver(writeDaysTheEnglishWay).observe(document.documentElement, { childList: true, subtree: true });

// flatpickr puts itself on window when its module first runs: now, or when a form first needs it
if (window.flatpickr) {
  teach(window.flatpickr);
} else {
  let flatpickr;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => flatpickr,
    set: (value) => {
      flatpickr = value;
      teach(value);
    }
  });
}
export default [];
