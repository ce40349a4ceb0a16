// Teach mode. Every slide is already in the page, so a lesson carries on if the school's network
// drops; this script only shows one slide, and one stage of it, at a time. Without it the slides
// read as one long page. (A file, not inline, because the Content-Security-Policy allows no inline script.)
(() => {
  const deck = document.querySelector("[data-teach]");
  if (!deck) {
    return;
  }

  const slides = Array.from(deck.querySelectorAll(".slide"));
  const controls = document.querySelector(".teach-controls");
  const counter = controls.querySelector("[data-teach-counter]");
  const backButton = controls.querySelector("[data-teach-back]");
  const nextButton = controls.querySelector("[data-teach-next]");
  const fullButton = controls.querySelector("[data-teach-fullscreen]");
  const interactive = "a, button, summary, details, input, select, textarea, label";
  let slide = 0;
  let stage = 0;

  const list = (element, name) => (element.dataset[name] || "").split("|");
  const stagesOf = (index) => Number(slides[index].dataset.stages || "1");

  function show() {
    slides.forEach((element, index) => {
      element.hidden = index !== slide;
      element.classList.toggle("current", index === slide);
    });
    const current = slides[slide];
    current.dataset.stage = String(stage);
    current.querySelectorAll("[data-stage-from]").forEach((part) => {
      part.hidden = stage < Number(part.dataset.stageFrom);
    });
    current.querySelectorAll("[data-stage-only]").forEach((part) => {
      part.hidden = stage !== Number(part.dataset.stageOnly);
    });

    const stageName = list(current, "stageNames")[stage];
    counter.textContent = `Slide ${slide + 1} of ${slides.length}${stageName ? `: ${stageName}` : ""}`;
    const atEnd = slide === slides.length - 1 && stage === stagesOf(slide) - 1;
    backButton.disabled = slide === 0 && stage === 0;
    nextButton.disabled = atEnd;
    nextButton.textContent = stage < stagesOf(slide) - 1 ? list(current, "nextLabels")[stage] || "Next" : "Next slide";
    history.replaceState(null, "", `#slide-${slide + 1}`);
  }

  function next() {
    if (stage < stagesOf(slide) - 1) {
      stage += 1;
    } else if (slide < slides.length - 1) {
      slide += 1;
      stage = 0;
    }
    show();
  }

  // Going back to the previous slide lands where the class left it: answer showing.
  function back() {
    if (stage > 0) {
      stage -= 1;
    } else if (slide > 0) {
      slide -= 1;
      stage = stagesOf(slide) - 1;
    }
    show();
  }

  function go(index, toStage) {
    slide = index;
    stage = toStage;
    show();
  }

  function toggleFullScreen() {
    if (!document.fullscreenEnabled) {
      return;
    }
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const onControl = event.target instanceof Element && event.target.closest(interactive);
    switch (event.key) {
      case "ArrowRight":
      case "PageDown":
        next();
        break;
      case "ArrowLeft":
      case "PageUp":
        back();
        break;
      case " ":
        // Space on a focused button presses that button instead.
        if (onControl) {
          return;
        }
        if (event.shiftKey) {
          back();
        } else {
          next();
        }
        break;
      case "Home":
        go(0, 0);
        break;
      case "End":
        go(slides.length - 1, stagesOf(slides.length - 1) - 1);
        break;
      case "f":
      case "F":
        toggleFullScreen();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  deck.addEventListener("click", (event) => {
    if (!(event.target instanceof Element) || !event.target.closest(interactive)) {
      next();
    }
  });
  backButton.addEventListener("click", back);
  nextButton.addEventListener("click", next);
  fullButton.addEventListener("click", toggleFullScreen);
  fullButton.hidden = !document.fullscreenEnabled;
  document.addEventListener("fullscreenchange", () => {
    fullButton.setAttribute("aria-pressed", String(Boolean(document.fullscreenElement)));
  });

  const start = /^#slide-(\d+)$/.exec(location.hash);
  if (start) {
    slide = Math.min(Math.max(Number(start[1]) - 1, 0), slides.length - 1);
  }
  document.documentElement.classList.add("teach-on");
  controls.hidden = false;
  show();
})();
