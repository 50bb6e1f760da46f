/*
 * Gongkai 无障碍阅读 toolbar: progressive enhancement, loaded with defer, no inline script.
 * Without JavaScript the header link leads to the accessibility statement in the footer.
 * Settings live in localStorage and are applied on every page, so they persist across pages.
 * Every string the script shows comes from the page (labels rendered as data attributes).
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'gk-a11y';
  var TEXT_STEPS = 4;
  var TOGGLES = ['contrast', 'spacing', 'cursor', 'guide'];
  var root = document.documentElement;
  var toolbar = document.getElementById('gk-toolbar');
  var opener = document.querySelector('[data-gk-toolbar-open]');
  var status = toolbar ? toolbar.querySelector('.gk-toolbar__status') : null;
  var settings = load();
  var guide = null;
  var speaking = false;

  function defaults() {
    return { open: false, text: 0, contrast: false, spacing: false, cursor: false, guide: false };
  }

  function load() {
    var result = defaults();
    try {
      var stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}');
      Object.keys(result).forEach(function (key) {
        if (typeof stored[key] === typeof result[key]) {
          result[key] = stored[key];
        }
      });
    } catch (e) {
      // Storage may be unavailable (private mode, file://): settings then last for this page.
    }
    result.text = Math.max(0, Math.min(TEXT_STEPS, Math.round(result.text)));
    return result;
  }

  function save() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    } catch (e) {
      // See load().
    }
  }

  function apply() {
    for (var step = 1; step <= TEXT_STEPS; step++) {
      root.classList.toggle('gk-a11y-text-' + step, settings.text === step);
    }
    TOGGLES.forEach(function (name) {
      root.classList.toggle('gk-a11y-' + name, settings[name]);
      if (toolbar) {
        var button = toolbar.querySelector('[data-gk-toggle="' + name + '"]');
        if (button) {
          button.setAttribute('aria-pressed', String(settings[name]));
        }
      }
    });
    showGuide(settings.guide);
  }

  function announce(message) {
    if (status) {
      status.textContent = '';
      // A fresh text node after clearing makes screen readers announce repeated messages.
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  function announceTextSize() {
    var template = toolbar.getAttribute('data-label-text-size-status') || '';
    announce(template.replace('{step}', String(settings.text + 1)).replace('{steps}', String(TEXT_STEPS + 1)));
  }

  // ---------- Reading guide: a line that follows the pointer, or the focused element.
  function showGuide(on) {
    if (on && !guide) {
      guide = document.createElement('div');
      guide.className = 'gk-reading-guide';
      guide.setAttribute('aria-hidden', 'true');
      document.body.appendChild(guide);
      document.addEventListener('pointermove', moveGuideToPointer, { passive: true });
      document.addEventListener('mousemove', moveGuideToPointer, { passive: true });
      document.addEventListener('focusin', moveGuideToFocus);
    } else if (!on && guide) {
      document.removeEventListener('pointermove', moveGuideToPointer);
      document.removeEventListener('mousemove', moveGuideToPointer);
      document.removeEventListener('focusin', moveGuideToFocus);
      guide.parentNode.removeChild(guide);
      guide = null;
    }
  }

  function moveGuideTo(y) {
    if (guide) {
      // CSSOM, not a style attribute: allowed by the pages' Content-Security-Policy.
      guide.style.top = Math.max(0, Math.round(y)) + 'px';
    }
  }

  function moveGuideToPointer(event) {
    moveGuideTo(event.clientY + 2);
  }

  function moveGuideToFocus(event) {
    if (event.target && event.target.getBoundingClientRect) {
      moveGuideTo(event.target.getBoundingClientRect().bottom + 2);
    }
  }

  // ---------- Read aloud with the browser's own speech synthesis.
  function speechAvailable() {
    return 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
  }

  function textToRead() {
    var selection = window.getSelection ? String(window.getSelection()).trim() : '';
    if (selection) {
      return selection;
    }
    var main = document.getElementById('main-content');
    return main ? (main.innerText || main.textContent || '').trim() : '';
  }

  // Long utterances stop early in some browsers: speak sentence by sentence.
  function sentences(text) {
    var parts = text.replace(/([\u3002\uff01\uff1f\uff1b.!?;])/g, '$1\n').split(/\n+/);
    var chunks = [];
    var current = '';
    parts.forEach(function (part) {
      var piece = (part || '').trim();
      if (!piece) {
        return;
      }
      if ((current + piece).length > 180 && current) {
        chunks.push(current);
        current = '';
      }
      current += piece;
    });
    if (current) {
      chunks.push(current);
    }
    return chunks;
  }

  function voiceFor(lang) {
    var voices = window.speechSynthesis.getVoices() || [];
    var exact = voices.filter(function (voice) {
      return voice.lang && voice.lang.replace('_', '-').toLowerCase() === lang.toLowerCase();
    });
    if (exact.length) {
      return exact[0];
    }
    var chinese = voices.filter(function (voice) {
      return voice.lang && voice.lang.toLowerCase().indexOf('zh') === 0;
    });
    return chinese.length ? chinese[0] : null;
  }

  function setSpeaking(on, button) {
    speaking = on;
    button.setAttribute('aria-pressed', String(on));
  }

  function toggleReadAloud(button) {
    if (!speechAvailable()) {
      announce(toolbar.getAttribute('data-label-speech-unavailable') || '');
      return;
    }
    if (speaking) {
      window.speechSynthesis.cancel();
      setSpeaking(false, button);
      return;
    }
    var lang = toolbar.getAttribute('data-speech-lang') || root.lang;
    var chunks = sentences(textToRead());
    if (!chunks.length) {
      return;
    }
    window.speechSynthesis.cancel();
    var voice = voiceFor(lang);
    chunks.forEach(function (chunk, index) {
      var utterance = new window.SpeechSynthesisUtterance(chunk);
      utterance.lang = lang;
      if (voice) {
        utterance.voice = voice;
      }
      if (index === chunks.length - 1) {
        utterance.onend = function () { setSpeaking(false, button); };
      }
      utterance.onerror = function () { setSpeaking(false, button); };
      window.speechSynthesis.speak(utterance);
    });
    setSpeaking(true, button);
  }

  // ---------- Opening and closing the toolbar.
  var openButton = null;

  function setOpen(open, moveFocus) {
    settings.open = open;
    toolbar.hidden = !open;
    if (openButton) {
      openButton.setAttribute('aria-expanded', String(open));
    }
    if (open && moveFocus) {
      var first = toolbar.querySelector('button');
      if (first) {
        first.focus();
      }
    } else if (!open && moveFocus && openButton) {
      openButton.focus();
    }
    if (!open && speaking) {
      window.speechSynthesis.cancel();
      setSpeaking(false, toolbar.querySelector('[data-gk-action="read-aloud"]'));
    }
    save();
  }

  // With JavaScript on, the 无障碍阅读 link becomes a real button that opens the toolbar.
  function enhanceOpener() {
    if (!opener) {
      return;
    }
    openButton = document.createElement('button');
    openButton.type = 'button';
    openButton.className = opener.className;
    openButton.id = opener.id;
    openButton.textContent = opener.textContent;
    openButton.setAttribute('aria-controls', 'gk-toolbar');
    openButton.setAttribute('aria-expanded', 'false');
    openButton.addEventListener('click', function () {
      setOpen(toolbar.hidden, true);
    });
    opener.parentNode.replaceChild(openButton, opener);
  }

  function onToolbarClick(event) {
    var button = event.target.closest ? event.target.closest('button') : null;
    if (!button || !toolbar.contains(button)) {
      return;
    }
    var toggle = button.getAttribute('data-gk-toggle');
    if (toggle) {
      settings[toggle] = !settings[toggle];
      apply();
      save();
      return;
    }
    switch (button.getAttribute('data-gk-action')) {
      case 'text-larger':
        settings.text = Math.min(TEXT_STEPS, settings.text + 1);
        break;
      case 'text-smaller':
        settings.text = Math.max(0, settings.text - 1);
        break;
      case 'text-reset':
        settings.text = 0;
        break;
      case 'read-aloud':
        toggleReadAloud(button);
        return;
      case 'close':
        setOpen(false, true);
        return;
      default:
        return;
    }
    apply();
    save();
    announceTextSize();
  }

  function onToolbarKeydown(event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      setOpen(false, true);
    }
  }

  apply();
  if (toolbar) {
    enhanceOpener();
    toolbar.addEventListener('click', onToolbarClick);
    toolbar.addEventListener('keydown', onToolbarKeydown);
    setOpen(settings.open, false);
    window.addEventListener('pagehide', function () {
      if (speaking) {
        window.speechSynthesis.cancel();
      }
    });
  }
})();
