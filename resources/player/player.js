/*
 * OER Studio learner player: the only script in an exported package.
 *
 * It reads the course from <script type="application/json" id="oer-course"> in index.html,
 * shows lessons in the iframe named "content", switches the language, and records progress:
 * through the SCORM 1.2 (`API`) or SCORM 2004 (`API_1484_11`) run-time API when the LMS offers
 * one, or in localStorage when it runs as a website. Plain ES2017 (plus ES2019's `catch {}`), no
 * dependencies, no network, no eval, no innerHTML: every text goes in through textContent.
 *
 * The licence and attribution page (course.licence) opens in the same iframe from a link under
 * the contents. It is not a lesson: it is never marked viewed, never counts towards completion
 * and never becomes the bookmark.
 *
 * Resume state (suspend_data) is "1|<lang>|<viewed bitset, base64url>|<lesson-list hash>":
 * about 60 characters for a 300-lesson course, far below SCORM 1.2's 4,096.
 */
(function () {
  'use strict';

  var dataEl = document.getElementById('oer-course');
  var frame = document.getElementById('oer-frame');
  if (!dataEl || !frame) return;
  var course;
  try {
    course = JSON.parse(dataEl.textContent || '');
  } catch {
    return;
  }
  if (!course || course.v !== 1 || !Array.isArray(course.languages) || !Array.isArray(course.modules)) return;

  var root = document.documentElement;
  root.classList.add('oer-js');
  var languages = course.languages;
  var defaultLang = languages[0];
  var lessons = [];
  course.modules.forEach(function (m, mi) {
    (m.lessons || []).forEach(function (l) {
      lessons.push({ id: String(l.id), title: l.title || {}, files: l.files || {}, module: mi });
    });
  });
  var total = lessons.length;
  if (!total) return;
  var indexById = {};
  lessons.forEach(function (l, i) {
    indexById[l.id] = i;
  });
  var licenceFiles = course.licence && typeof course.licence.files === 'object' ? course.licence.files : null;
  function hasLesson(id) {
    return typeof id === 'string' && Object.prototype.hasOwnProperty.call(indexById, id);
  }

  /**
   * One SCO per lesson: the manifest launches index.html?lesson=<id> for each lesson. The player
   * then shows that lesson only (the LMS navigates between SCOs) and completes when it is viewed.
   */
  var only = null;
  try {
    var wanted = new URLSearchParams(window.location.search).get('lesson');
    if (hasLesson(wanted)) only = indexById[wanted];
  } catch {
    only = null;
  }
  if (only !== null) root.classList.add('oer-single');

  /* ---------- state ---------- */

  var lang = defaultLang;
  /** Whether the language came from saved state (else a learner preference may choose it). */
  var langRestored = false;
  var current = only === null ? 0 : only;
  /** The lesson the iframe is loading at the player's request; its load event marks it viewed. */
  var pending = null;
  /** Whether the frame shows the licence page; `current` then stays the lesson the learner was on. */
  var onLicence = false;
  var viewed = [];
  for (var vi = 0; vi < total; vi++) viewed.push(false);

  /** Lessons this launch tracks: all of them, or the one lesson of a SCO-per-lesson launch. */
  var scopeTotal = only === null ? total : 1;
  function viewedCount() {
    if (only !== null) return viewed[only] ? 1 : 0;
    var n = 0;
    for (var i = 0; i < total; i++) if (viewed[i]) n++;
    return n;
  }
  function allViewed() {
    return viewedCount() === scopeTotal;
  }

  /* ---------- compact resume state ---------- */

  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /** Viewed flags, lesson order, most significant bit first, as base64url; trailing zero digits dropped. */
  function encodeBits(flags) {
    var bytes = [];
    for (var i = 0; i < flags.length; i++) {
      if (i % 8 === 0) bytes.push(0);
      if (flags[i]) bytes[bytes.length - 1] |= 0x80 >> (i % 8);
    }
    var out = '';
    for (var j = 0; j < bytes.length; j += 3) {
      var n = (bytes[j] << 16) | ((bytes[j + 1] || 0) << 8) | (bytes[j + 2] || 0);
      var chars = Math.ceil((Math.min(3, bytes.length - j) * 8) / 6);
      for (var k = 0; k < chars; k++) out += B64.charAt((n >> (18 - 6 * k)) & 63);
    }
    return out.replace(/A+$/, '');
  }

  function decodeBits(text, count) {
    var flags = [];
    for (var i = 0; i < count; i++) flags.push(false);
    for (var c = 0; c < text.length; c++) {
      var v = B64.indexOf(text.charAt(c));
      if (v < 0) return null;
      for (var b = 0; b < 6; b++) {
        var bit = c * 6 + b;
        if (bit < count && v & (0x20 >> b)) flags[bit] = true;
      }
    }
    return flags;
  }

  /** FNV-1a over the lesson ids: a saved bitset is only trusted for the same lessons in the same order. */
  function lessonListHash() {
    var hash = 0x811c9dc5;
    var text = lessons
      .map(function (l) {
        return l.id;
      })
      .join('\n');
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(36);
  }
  var listHash = lessonListHash();

  function encodeState() {
    return '1|' + lang + '|' + encodeBits(viewed) + '|' + listHash;
  }

  /** Restores language and viewed lessons. Anything unexpected means a fresh start, never an exception. */
  function restoreState(text) {
    if (typeof text !== 'string' || !text || text.length > 4096) return;
    var parts = text.split('|');
    if (parts[0] !== '1' || parts.length < 3) return;
    if (languages.indexOf(parts[1]) >= 0) {
      lang = parts[1];
      langRestored = true;
    }
    if (parts[3] !== listHash || !/^[A-Za-z0-9_-]*$/.test(parts[2])) return;
    var flags = decodeBits(parts[2], total);
    if (flags) viewed = flags;
  }

  function restoreLocation(id) {
    if (only === null && hasLesson(id)) current = indexById[id];
  }

  /** A package language matching a preference such as "ru" or "ru-RU", or null. */
  function matchLanguage(pref) {
    if (typeof pref !== 'string' || !pref) return null;
    var wantedLang = pref.toLowerCase();
    for (var i = 0; i < languages.length; i++)
      if (languages[i].toLowerCase() === wantedLang) return languages[i];
    var primary = wantedLang.split('-')[0];
    for (var j = 0; j < languages.length; j++)
      if (languages[j].toLowerCase().split('-')[0] === primary) return languages[j];
    return null;
  }

  /* ---------- the LMS ---------- */

  /** Looks for the API object in a window and its parents, as the SCORM run-time books describe. */
  function findApiFrom(win, name) {
    for (var depth = 0; win && depth < 10; depth++) {
      try {
        var api = win[name];
        if (api && typeof api === 'object') return api;
      } catch {
        /* a cross-origin window: keep climbing */
      }
      var parent;
      try {
        parent = win.parent;
      } catch {
        break;
      }
      if (!parent || parent === win) break;
      win = parent;
    }
    return null;
  }

  function discoverApi(name) {
    var api = findApiFrom(window, name);
    if (api) return api;
    try {
      if (window.opener) api = findApiFrom(window.opener, name);
      if (!api && window.top && window.top.opener) api = findApiFrom(window.top.opener, name);
    } catch {
      api = null;
    }
    return api;
  }

  function isTrue(result) {
    return result === true || String(result) === 'true';
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = '0' + s;
    return s;
  }

  /**
   * One adapter per standard, so the tracking logic below is the same for both.
   * `keys` are the data model elements; `start`/`finish` hold the status rules of each.
   */
  function scormAdapter(standard, api) {
    var v12 = standard === 'scorm12';
    var fn = v12
      ? {
          init: 'LMSInitialize',
          get: 'LMSGetValue',
          set: 'LMSSetValue',
          commit: 'LMSCommit',
          finish: 'LMSFinish',
        }
      : { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' };
    for (var k in fn) if (typeof api[fn[k]] !== 'function') return null;
    function call(name, args) {
      try {
        return api[name].apply(api, args);
      } catch {
        return false;
      }
    }
    return {
      v12: v12,
      keys: v12
        ? {
            mode: 'cmi.core.lesson_mode',
            entry: 'cmi.core.entry',
            status: 'cmi.core.lesson_status',
            location: 'cmi.core.lesson_location',
            suspend: 'cmi.suspend_data',
            exit: 'cmi.core.exit',
            time: 'cmi.core.session_time',
            language: 'cmi.student_preference.language',
          }
        : {
            mode: 'cmi.mode',
            entry: 'cmi.entry',
            status: 'cmi.completion_status',
            location: 'cmi.location',
            suspend: 'cmi.suspend_data',
            exit: 'cmi.exit',
            time: 'cmi.session_time',
            progress: 'cmi.progress_measure',
            language: 'cmi.learner_preference.language',
          },
      init: function () {
        return isTrue(call(fn.init, ['']));
      },
      get: function (key) {
        var value = call(fn.get, [key]);
        return value === null || value === undefined || value === false ? '' : String(value);
      },
      set: function (key, value) {
        return isTrue(call(fn.set, [key, value]));
      },
      commit: function () {
        return isTrue(call(fn.commit, ['']));
      },
      finish: function () {
        return isTrue(call(fn.finish, ['']));
      },
      /** Status to write on launch in this mode, or null. Never "not attempted": the LMS answers 405. */
      launchStatus: function (mode, status) {
        if (v12) {
          if (mode === 'browse') return status === '' || status === 'not attempted' ? 'browsed' : null;
          return status === '' || status === 'not attempted' || status === 'browsed' || status === 'unknown'
            ? 'incomplete'
            : null;
        }
        if (mode === 'browse') return null;
        return status === '' || status === 'not attempted' || status === 'unknown' ? 'incomplete' : null;
      },
      /** Whether viewing every lesson may set "completed" over this status (SCORM 1.2 keeps passed/failed). */
      canComplete: function (status) {
        if (!v12) return status !== 'completed';
        return (
          status === '' ||
          status === 'not attempted' ||
          status === 'incomplete' ||
          status === 'browsed' ||
          status === 'unknown'
        );
      },
      /**
       * cmi.exit on the way out.
       *
       * SCORM 1.2: "suspend" while the course is unfinished, so the LMS hands back
       * cmi.core.entry "resume" with the bookmark and suspend_data; "" (a normal exit) once it is
       * completed or passed, as 1.2 LMSs expect. The data stays with the attempt either way, and
       * the player resumes whenever there is saved state (see the launch code below).
       *
       * SCORM 2004: always "suspend", completed or not. This is deliberate:
       * - In 2004 the exit value decides the attempt. "normal" or "" ends the learner attempt, and
       *   the next launch is a NEW attempt: cmi.entry "ab-initio", cmi.location and
       *   cmi.suspend_data empty, cmi.completion_status "unknown". A learner who reopens a finished
       *   course would lose the bookmark, the viewed lessons and the chosen language, and an LMS
       *   that reports the latest attempt would show the course as not completed. Only "suspend"
       *   keeps the attempt's data (cmi.entry "resume" next time).
       * - Nothing is lost by suspending: completion_status "completed" and progress_measure 1 are
       *   set and committed as soon as the last lesson is viewed, while the learner is still in
       *   the course, so the LMS has recorded completion before the exit is ever written.
       * - The cost is that the attempt is never formally closed. An LMS that wants a fresh attempt
       *   offers one itself (Moodle's "Start a new attempt"); the SCO cannot tell when that is
       *   wanted, and guessing wrong loses the learner's progress.
       * "logout" is deprecated in 2004 4th Edition and "time-out" is for LMS-side timeouts.
       */
      exitValue: function (completed) {
        return v12 && completed ? '' : 'suspend';
      },
      /** SCORM 1.2 CMITimespan HHHH:MM:SS.SS, SCORM 2004 ISO 8601 duration PT#H#M#S. */
      sessionTime: function (ms) {
        var cs = Math.max(0, Math.round(ms / 10));
        var h = Math.floor(cs / 360000);
        var m = Math.floor((cs % 360000) / 6000);
        var s = Math.floor((cs % 6000) / 100);
        var c = cs % 100;
        if (v12) {
          if (h > 9999) return '9999:59:59.99';
          return pad(h, 4) + ':' + pad(m, 2) + ':' + pad(s, 2) + '.' + pad(c, 2);
        }
        return 'PT' + h + 'H' + m + 'M' + s + '.' + pad(c, 2) + 'S';
      },
    };
  }

  var standard = course.standard;
  var lms = null;
  if (standard === 'scorm12' || standard === 'scorm2004') {
    var found = discoverApi(standard === 'scorm12' ? 'API' : 'API_1484_11');
    lms = found ? scormAdapter(standard, found) : null;
    if (lms && !lms.init()) lms = null;
  }

  var mode = 'normal';
  var status = '';
  var written = {};
  var dirty = false;
  var startedAt = Date.now();
  var STORE_KEY = 'oer-studio:' + course.id;
  /** The learner's last language in this course, shared by its SCOs when each lesson is one. */
  var LANG_KEY = STORE_KEY + ':lang';
  /** Set once the learner picks a language: only then is it written as their preference. */
  var langChosen = false;

  function storedLanguageHint() {
    try {
      return window.localStorage.getItem(LANG_KEY);
    } catch {
      return null;
    }
  }

  /** Writes a value only when it changed, so commits carry only news. */
  function write(key, value) {
    if (written[key] === value) return;
    if (lms.set(key, value)) {
      written[key] = value;
      dirty = true;
    }
  }

  function commit() {
    if (dirty && lms.commit()) dirty = false;
  }

  if (lms) {
    var K = lms.keys;
    mode = lms.get(K.mode) || 'normal';
    status = lms.get(K.status);
    var savedLocation = lms.get(K.location);
    var suspend = lms.get(K.suspend);
    written[K.location] = savedLocation;
    written[K.suspend] = suspend;
    written[K.status] = status;
    // Resume when the LMS says so, and also whenever there is saved state: some LMSs send an
    // empty cmi.core.entry on a return visit.
    if (lms.get(K.entry) === 'resume' || savedLocation || suspend) {
      restoreState(suspend);
      restoreLocation(savedLocation);
    }
    var preferred = lms.get(K.language);
    written[K.language] = preferred;
    // No saved language: the learner's preference in the LMS, then the one last chosen here.
    if (!langRestored) lang = matchLanguage(preferred) || matchLanguage(storedLanguageHint()) || lang;
    if (mode !== 'review') {
      var first = lms.launchStatus(mode, status);
      if (first) {
        write(K.status, first);
        status = first;
      }
      commit();
    }
  } else {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || 'null');
      if (saved && typeof saved === 'object') {
        restoreState(saved.s);
        restoreLocation(saved.l);
      }
      if (!langRestored) lang = matchLanguage(storedLanguageHint()) || lang;
    } catch {
      /* file:// or a privacy mode: no storage, no resume */
    }
  }

  /** Records the current state: to the LMS (and commits), or to localStorage. */
  function save() {
    if (!lms) {
      try {
        window.localStorage.setItem(STORE_KEY, JSON.stringify({ s: encodeState(), l: lessons[current].id }));
      } catch {
        /* no storage available */
      }
      return;
    }
    // Review is read-only. After LMSFinish the session is over (beforeunload fired, then the
    // unload was cancelled): the LMS would only answer "not initialized".
    if (mode === 'review' || finished) return;
    record();
    commit();
  }

  /** Writes location, resume state, language preference, progress and completion (no commit). */
  function record() {
    var K = lms.keys;
    write(K.location, lessons[current].id);
    write(K.suspend, encodeState());
    if (langChosen) write(K.language, lang);
    if (mode === 'normal') {
      if (K.progress) write(K.progress, String(Math.round((viewedCount() / scopeTotal) * 10000) / 10000));
      if (allViewed() && lms.canComplete(status)) {
        write(K.status, 'completed');
        status = 'completed';
      }
    }
  }

  var finished = false;
  /** On the way out (once): exit and session time, a last commit, and LMSFinish / Terminate. */
  function finish() {
    if (finished) return;
    finished = true;
    if (!lms) {
      save();
      return;
    }
    if (mode !== 'review') {
      record();
      var K = lms.keys;
      var completed = lms.v12 ? status === 'completed' || status === 'passed' : status === 'completed';
      write(K.exit, lms.exitValue(completed));
      write(K.time, lms.sessionTime(Date.now() - startedAt));
      commit();
    }
    lms.finish();
  }
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);

  /* ---------- the page ---------- */

  var links = Array.prototype.slice.call(document.querySelectorAll('a.oer-lesson[data-index]'));
  var moduleTitles = Array.prototype.slice.call(document.querySelectorAll('[data-module]'));
  var prevButton = document.getElementById('oer-prev');
  var nextButton = document.getElementById('oer-next');
  var progressText = document.getElementById('oer-progress');
  var barFill = document.querySelector('.oer-bar-fill');
  var menuButton = document.querySelector('.oer-menu');
  var nav = document.getElementById('oer-nav');
  var backdrop = document.querySelector('.oer-backdrop');
  var courseTitleEl = document.querySelector('[data-course-title]');
  var langButtons = Array.prototype.slice.call(document.querySelectorAll('[data-set-lang]'));
  var announcer = document.getElementById('oer-announce');
  /** The link under the contents opens the licence page in the frame; the header one (one SCO per lesson) in a new window. */
  var licenceLink = document.getElementById('oer-licence');
  var licenceLinks = Array.prototype.slice.call(document.querySelectorAll('a[data-licence]'));
  /** Whether the next lesson load should be announced (Previous/Next and language, not a nav pick). */
  var announceNext = false;

  function strings() {
    return course.strings[lang] || course.strings[defaultLang] || {};
  }

  /** Text for the active language with the language it is really in (titles fall back to the default). */
  function pick(text) {
    if (text[lang]) return { text: text[lang], lang: lang };
    if (text[defaultLang]) return { text: text[defaultLang], lang: defaultLang };
    for (var k in text) if (text[k]) return { text: text[k], lang: k };
    return { text: '', lang: lang };
  }

  function setText(el, text, textLang) {
    if (!el) return;
    if (el.textContent !== text) el.textContent = text;
    if (textLang && textLang !== lang) {
      if (el.getAttribute('lang') !== textLang) el.setAttribute('lang', textLang);
    } else if (el.hasAttribute('lang')) el.removeAttribute('lang');
  }

  /** A package-relative href; anything else (a scheme, an absolute path, "..") is refused. */
  function safeHref(href) {
    return typeof href === 'string' &&
      /^(?![a-z][a-z0-9+.-]*:)(?![/\\])[^\s"'<>`]+$/i.test(href) &&
      !/(^|[/\\])\.\.([/\\]|$)/.test(href)
      ? href
      : null;
  }

  function fileIn(files) {
    return files ? safeHref(files[lang]) || safeHref(files[defaultLang]) : null;
  }

  function fileOf(index) {
    return fileIn(lessons[index].files);
  }

  /** Puts every text of the shell in the active language. */
  function applyLanguage() {
    var s = strings();
    root.setAttribute('lang', lang);
    root.setAttribute('data-lang', lang);
    if (courseTitleEl) {
      var t = pick(course.title || {});
      setText(courseTitleEl, t.text, t.lang);
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-str]'), function (el) {
      setText(el, s[el.getAttribute('data-str')] || '', s._lang);
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-str-label]'), function (el) {
      el.setAttribute('aria-label', s[el.getAttribute('data-str-label')] || '');
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-str-title]'), function (el) {
      el.setAttribute('title', s[el.getAttribute('data-str-title')] || '');
    });
    moduleTitles.forEach(function (el) {
      var m = course.modules[Number(el.getAttribute('data-module'))];
      if (!m) return;
      var t = pick(m.title || {});
      setText(el, t.text, t.lang);
    });
    links.forEach(function (a) {
      var i = Number(a.getAttribute('data-index'));
      var t = pick(lessons[i].title);
      setText(a.querySelector('.oer-lesson-title'), t.text, t.lang);
      var href = fileOf(i);
      if (href) a.setAttribute('href', href);
    });
    var licenceHref = fileIn(licenceFiles);
    licenceLinks.forEach(function (a) {
      if (licenceHref) a.setAttribute('href', licenceHref);
    });
    langButtons.forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-set-lang') === lang ? 'true' : 'false');
    });
    render();
  }

  /** Reflects the current lesson and progress: aria-current, marks, buttons, progress text. */
  function render() {
    var s = strings();
    links.forEach(function (a) {
      var i = Number(a.getAttribute('data-index'));
      if (i === current && !onLicence) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
      a.classList.toggle('is-viewed', !!viewed[i]);
      var mark = a.querySelector('.oer-mark');
      var tick = viewed[i] ? '✓' : '';
      if (mark && mark.textContent !== tick) mark.textContent = tick;
      var hidden = a.querySelector('.oer-viewed-text');
      if (hidden) setText(hidden, viewed[i] ? ' ' + (s.viewed || '') : '', s._lang);
    });
    if (licenceLink) {
      if (onLicence) licenceLink.setAttribute('aria-current', 'page');
      else licenceLink.removeAttribute('aria-current');
    }
    // From the licence page, Previous returns to the lesson the learner was on.
    prevButton.setAttribute('aria-disabled', current === 0 && !onLicence ? 'true' : 'false');
    nextButton.setAttribute('aria-disabled', current === total - 1 ? 'true' : 'false');
    var courseTitle = pick(course.title || {}).text;
    var lessonTitle = onLicence ? s.licence || '' : pick(lessons[current].title).text;
    frame.setAttribute('title', lessonTitle || courseTitle);
    var pageTitle =
      lessonTitle && courseTitle ? lessonTitle + ' — ' + courseTitle : lessonTitle || courseTitle;
    if (document.title !== pageTitle) document.title = pageTitle;
    var n = viewedCount();
    var text =
      n === scopeTotal
        ? s.completed || ''
        : (s.progress || '').replace('{n}', String(n)).replace('{total}', String(scopeTotal));
    setText(progressText, text, s._lang);
    root.classList.toggle('oer-complete', n === scopeTotal);
    if (barFill) barFill.style.width = Math.round((n / scopeTotal) * 100) + '%';
  }

  /** Loads a page in the frame. location.replace, so pages do not pile up in the browser history. */
  function show(href) {
    try {
      frame.contentWindow.location.replace(href);
    } catch {
      frame.setAttribute('src', href);
    }
  }

  /** Shows a lesson. */
  function go(index) {
    if (index < 0 || index >= total || (only !== null && index !== only)) return;
    var href = fileOf(index);
    if (!href) return;
    current = index;
    pending = index;
    onLicence = false;
    show(href);
    render();
  }

  /** Shows the licence page in the active language. Not a lesson: nothing pending, nothing viewed. */
  function showLicence() {
    var href = fileIn(licenceFiles);
    if (!href) return;
    onLicence = true;
    pending = null;
    show(href);
    render();
  }

  frame.addEventListener('load', function () {
    openExternalLinksOutside();
    // A load the player did not ask for (a link followed inside the lesson, the licence page) is not a view.
    if (pending === null) return;
    viewed[pending] = true;
    pending = null;
    render();
    save();
    if (announceNext && announcer) {
      // The title of the lesson now shown, for screen readers (focus stays on the button).
      announceNext = false;
      var t = pick(lessons[current].title);
      setText(announcer, t.text, t.lang);
    }
  });

  /** Web links in a lesson open in a new tab instead of replacing the lesson (when the page is reachable). */
  function openExternalLinksOutside() {
    try {
      var doc = frame.contentDocument;
      if (!doc) return;
      Array.prototype.forEach.call(doc.querySelectorAll('a[href^="http:"], a[href^="https:"]'), function (a) {
        if (!a.hasAttribute('target')) a.setAttribute('target', '_blank');
        a.setAttribute('rel', 'noopener noreferrer');
      });
    } catch {
      /* cross-origin (file://): links keep their default */
    }
  }

  function setLanguage(next) {
    if (next === lang || languages.indexOf(next) < 0) return;
    lang = next;
    langChosen = true;
    try {
      window.localStorage.setItem(LANG_KEY, lang);
    } catch {
      /* no storage: the choice still lives in suspend_data */
    }
    applyLanguage();
    if (onLicence) {
      showLicence();
      save(); // no lesson load follows to save the choice
    } else go(current); // the same lesson in the other language; its load saves the choice
  }

  /* ---------- wiring ---------- */

  function setMenu(open) {
    if (!menuButton) return;
    menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
    root.classList.toggle('oer-nav-open', open);
    if (backdrop) backdrop.hidden = !open;
  }

  nav.addEventListener('click', function (event) {
    var a = event.target.closest ? event.target.closest('a.oer-lesson, #oer-licence') : null;
    if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (a === licenceLink) showLicence();
    else go(Number(a.getAttribute('data-index')));
    if (root.classList.contains('oer-nav-open')) {
      setMenu(false);
      menuButton.focus();
    }
  });

  prevButton.addEventListener('click', function () {
    if (onLicence || current > 0) {
      announceNext = true;
      go(onLicence ? current : current - 1);
    }
  });
  nextButton.addEventListener('click', function () {
    if (current < total - 1) {
      announceNext = true;
      go(current + 1);
    }
  });

  langButtons.forEach(function (b) {
    b.addEventListener('click', function () {
      setLanguage(b.getAttribute('data-set-lang'));
    });
  });

  if (menuButton) {
    menuButton.addEventListener('click', function () {
      var open = menuButton.getAttribute('aria-expanded') !== 'true';
      setMenu(open);
      // Into the drawer, on the lesson the learner is on.
      if (open && links[current]) links[current].focus();
    });
  }
  if (backdrop) {
    backdrop.addEventListener('click', function () {
      setMenu(false);
    });
  }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && root.classList.contains('oer-nav-open')) {
      setMenu(false);
      menuButton.focus();
    }
  });

  applyLanguage();
  // Always navigate once: the lesson the shell opened may have loaded before this script ran,
  // and on resume it is the wrong lesson or language anyway.
  go(current);
})();
