/*
 * Behaviour of the homepage theme, in plain JavaScript (no build step).
 *
 * Greedy navigation: the masthead shows as many section links as fit on one
 * line; the rest move into a drop-down opened by the menu button, so the bar
 * never wraps on a phone. Recomputed on resize.
 */
(function () {
  'use strict';

  function initGreedyNav(nav) {
    var visible = nav.querySelector('.visible-links');
    var hidden = nav.querySelector('.hidden-links');
    var toggle = nav.querySelector('.greedy-nav__toggle');
    if (!visible || !hidden || !toggle) { return; }

    // The list is the flexible item of the bar, so its own width is the room
    // left next to the button; anything beyond it overflows.
    function fits() {
      return visible.scrollWidth <= visible.clientWidth;
    }

    function layout() {
      // Start from everything visible, then move items from the end.
      while (hidden.firstElementChild) { visible.appendChild(hidden.firstElementChild); }
      toggle.hidden = true;
      if (fits()) { closeMenu(); return; }
      toggle.hidden = false;
      while (visible.children.length > 1 && !fits()) {
        hidden.insertBefore(visible.lastElementChild, hidden.firstElementChild);
      }
    }

    function closeMenu() {
      hidden.classList.add('hidden');
      toggle.classList.remove('close');
      toggle.setAttribute('aria-expanded', 'false');
    }

    toggle.addEventListener('click', function (event) {
      event.stopPropagation();
      var open = hidden.classList.toggle('hidden') === false;
      toggle.classList.toggle('close', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    hidden.addEventListener('click', closeMenu);
    document.addEventListener('click', function (event) {
      if (!nav.contains(event.target)) { closeMenu(); }
    });

    // A handful of list items: cheap enough to redo on every resize event.
    window.addEventListener('resize', layout);
    layout();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var nav = document.getElementById('site-nav');
    if (nav) { initGreedyNav(nav); }
  });
})();
