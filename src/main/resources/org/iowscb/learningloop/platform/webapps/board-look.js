// The board's look: its logo and name beside the product's, links to its framework and to the
// product's documentation in the footer, and no end-of-life banner (these people cannot act on it).

const style = document.createElement('style');
style.textContent = '.ce-eol-banner { display: none !important; }'
  + ' .ll-board-name { color: inherit; font-size: 0.8em; margin-left: 0.75em; opacity: 0.8; }'
  + ' .navbar-brand .brand-logo.ll-logo-slot > :not(.ll-logo) { display: none; }'
  + ' .navbar-brand .ll-logo { height: 24px; width: auto; margin-top: -3px; vertical-align: middle; }'
  + ' .ll-footer-links { margin-left: 1em; }'
  + ' .ll-footer-links a + a { margin-left: 0.75em; }';
document.head.appendChild(style);

const showBoardName = () => {
  document.querySelectorAll('.navbar-brand .brand-name').forEach((brand) => {
    if (!brand.parentNode.querySelector('.ll-board-name')) {
      const board = document.createElement('span');
      board.className = 'll-board-name';
      board.textContent = LOOK.boardName;
      brand.after(board);
    }
  });
};

/** The logo slot: the image of learningloop.webapps.logo where Camunda's logo was. */
const showLogo = () => {
  document.querySelectorAll('.navbar-brand .brand-logo').forEach((slot) => {
    if (!slot.querySelector('.ll-logo')) {
      const logo = document.createElement('img');
      logo.className = 'll-logo';
      logo.src = LOOK.logoUrl;
      logo.alt = LOOK.boardName;
      slot.classList.add('ll-logo-slot');
      slot.appendChild(logo);
    }
  });
};

const showFooterLinks = () => {
  document.querySelectorAll('#footer-timezone').forEach((footer) => {
    if (LOOK.links.length && !footer.querySelector('.ll-footer-links')) {
      const links = document.createElement('span');
      links.className = 'll-footer-links';
      LOOK.links.forEach(({ label, url }) => {
        const link = document.createElement('a');
        link.href = url;
        link.textContent = label;
        if (/^https?:/.test(url)) {
          link.target = '_blank';
          link.rel = 'noopener';
        }
        links.appendChild(link);
      });
      footer.appendChild(links);
    }
  });
};

const look = () => {
  showBoardName();
  showLogo();
  showFooterLinks();
};
new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true });
look();
export default [];
