// Every date and time the webapps show is the board's (LOOK.zone, by default Europe/London: GMT in
// winter, BST in summer), whatever zone the computer running the browser is set to.
//
// Camunda's webapps format dates with the moment.js bundled in lib/deps.js (the camDate filter and
// angular-moment), in the browser's own zone, and their footer names that zone ("Date and Time
// displayed in local timezone: UTC"). moment-timezone is not bundled, so this teaches that one
// moment the board's zone the way moment-timezone's setDefault does, reading the offsets from the
// browser's own time zone database (Intl) rather than a copy of it. Only what is shown changes:
// the engine keeps every date as it was, with its offset.

const ZONE = LOOK.zone;
/** moment 2.30.1 in Camunda 7.24's lib/deps.js; looked for by its code in another version. */
const MOMENT_MODULE = 98024;

const isMoment = (candidate) => typeof candidate === 'function' && candidate.fn
  && typeof candidate.updateOffset === 'function' && Array.isArray(candidate.momentProperties);

/** The webapps' own module loader (webpack), reached the way a chunk of their own code reaches it. */
const webappRequire = () => {
  let found = null;
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (chunks) {
    chunks.push([['learning-loop-uk-time'], {}, (require) => {
      found = require;
    }]);
  }
  return found;
};

const bundledMoment = () => {
  const require = webappRequire();
  if (!require) {
    return null;
  }
  try {
    const moment = require(MOMENT_MODULE);
    if (isMoment(moment)) {
      return moment;
    }
  } catch (notThere) {
    // another Camunda version: look below
  }
  const modules = require.m || {};
  for (const id of Object.keys(modules)) {
    const code = String(modules[id]);
    if (code.includes('momentProperties') && code.includes('updateOffset') && code.includes('defineLocale')) {
      try {
        const moment = require(id);
        if (isMoment(moment)) {
          return moment;
        }
      } catch (notMoment) {
        // keep looking
      }
    }
  }
  return null;
};

// ---- the zone, from Intl -------------------------------------------------------------------------

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
  hour: 'numeric', minute: 'numeric', second: 'numeric'
});
const shortName = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'short' });
const offsets = new Map();

/** Minutes east of UTC in the zone at the instant (ms since the epoch). */
const offsetAt = (ms) => {
  if (!Number.isFinite(ms)) {
    return 0;
  }
  const quarter = Math.floor(ms / 900000); // no zone changes its offset within a quarter of an hour
  if (offsets.has(quarter)) {
    return offsets.get(quarter);
  }
  const at = quarter * 900000;
  const part = {};
  wallClock.formatToParts(new Date(at)).forEach(({ type, value }) => {
    part[type] = value;
  });
  const wall = new Date(0);
  wall.setUTCFullYear(+part.year, part.month - 1, +part.day);
  wall.setUTCHours(part.hour % 24, +part.minute, +part.second, 0);
  const offset = Math.round((wall.getTime() - at) / 60000);
  if (offsets.size > 5000) {
    offsets.clear();
  }
  offsets.set(quarter, offset);
  return offset;
};

/** Minutes east of UTC for a wall-clock time in the zone (given as if it were UTC). */
const offsetOfWallTime = (wallMs) => {
  const first = offsetAt(wallMs);
  if (offsetAt(wallMs - first * 60000) === first) {
    return first;
  }
  const second = offsetAt(wallMs - offsetAt(wallMs - first * 60000) * 60000);
  return offsetAt(wallMs - second * 60000) === second ? second : first;
};

/** The zone as moment-timezone's zones answer: offsets in minutes west of UTC. */
const zone = {
  name: ZONE,
  utcOffset: (mom) => -offsetAt(mom.valueOf()),
  parse: (mom) => -offsetOfWallTime(mom.valueOf()),
  abbr: (mom) => {
    const name = shortName.formatToParts(new Date(mom.valueOf())).find((p) => p.type === 'timeZoneName');
    return name ? name.value : ZONE;
  }
};

// ---- moment in that zone (as moment-timezone's setDefault) ----------------------------------------

const teach = (moment) => {
  if (moment.learningLoopZone) {
    return;
  }
  moment.learningLoopZone = zone;
  // a clone keeps its zone, and what it was parsed from
  moment.momentProperties.push('_z');
  moment.momentProperties.push('_a');

  const fn = moment.fn;
  const dropZone = (original) => function (...args) {
    this._z = null;
    return original.apply(this, args);
  };
  const dropZoneWhenSet = (original) => function (...args) {
    if (args.length > 0) {
      this._z = null;
    }
    return original.apply(this, args);
  };
  // moment.utc(), .utc(), .local(), .utcOffset(n) and .parseZone() keep the offset they were asked for
  fn.utc = dropZone(fn.utc);
  fn.local = dropZone(fn.local);
  fn.utcOffset = dropZoneWhenSet(fn.utcOffset);
  const zoneAbbr = fn.zoneAbbr;
  fn.zoneAbbr = function () {
    return this._z ? this._z.abbr(this) : zoneAbbr.call(this);
  };
  const zoneName = fn.zoneName;
  fn.zoneName = function () {
    return this._z ? this._z.name : zoneName.call(this);
  };

  // a date and time written without an offset ("2026-07-01 09:00") is the board's wall clock
  const needsOffset = (m) => !!(m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x');

  moment.updateOffset = (mom, keepTime) => {
    if (mom._z === undefined) {
      if (needsOffset(mom) && !mom._isUTC && mom.isValid()) {
        mom._d = moment.utc(mom._a)._d;
        mom.utc().add(zone.parse(mom), 'minutes');
      }
      mom._z = zone;
    }
    if (mom._z) {
      let offset = mom._z.utcOffset(mom);
      if (Math.abs(offset) < 16) {
        offset /= 60; // moment reads a number under 16 as hours
      }
      const kept = mom._z;
      mom.utcOffset(-offset, keepTime);
      mom._z = kept;
    }
  };
};

// ---- the same English formats in every webapp -----------------------------------------------------

// Tasklist takes its date formats from config.js (WebappLook's dateFormat); Cockpit and Admin set
// their own (Cockpit's usual one reads 2026-12-03T14:05:00) and never read it, so give them the same.
const useTheBoardsFormats = () => {
  if (!window.angular || !LOOK.app || !LOOK.dateFormat) {
    return;
  }
  let custom;
  try {
    custom = window.angular.module('cam.' + LOOK.app + '.custom');
  } catch (noSuchModule) {
    return;
  }
  custom.config(['$injector', ($injector) => {
    if ($injector.has('camDateFormatProvider')) {
      const formats = $injector.get('camDateFormatProvider');
      Object.keys(LOOK.dateFormat).forEach((name) => formats.setDateFormat(LOOK.dateFormat[name], name));
    }
  }]);
};

// ---- the footer says so ---------------------------------------------------------------------------

const FOOTER_NOTE = 'Dates and times in ' + ZONE + (ZONE === 'Europe/London' ? ' (UK time)' : '');

const nameTheZone = () => {
  document.querySelectorAll('#footer-timezone').forEach((note) => {
    if (!note.querySelector('.ll-time-zone')) {
      Array.from(note.childNodes).forEach((child) => {
        if (!(child.classList && child.classList.contains('ll-footer-links'))) {
          child.remove();
        }
      });
      const text = document.createElement('span');
      text.className = 'll-time-zone';
      text.textContent = FOOTER_NOTE;
      note.prepend(text);
    }
  });
};

const moment = bundledMoment();
if (moment) {
  teach(moment);
  useTheBoardsFormats();
  new MutationObserver(nameTheZone).observe(document.documentElement, { childList: true, subtree: true });
  nameTheZone();
} else {
  console.warn('Learning Loop: moment.js not found in the webapp; dates are shown in the browser\'s own zone');
}
export default [];
