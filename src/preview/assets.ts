/**
 * The page's own stylesheet (screen + print) and its one small script (shows a Locatie's naam on hover, click and
 * keyboard focus). Constants, written for this preview; they contain no package content and fetch nothing.
 */

export const STYLE = `
:root{--ink:#1b1b1b;--muted:#555;--line:#c8c8c8;--accent:#0b5394;--blok:#a4000f;--warn:#8a4b00;--info:#0b4f8a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#fff}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem;z-index:9}
.skip:focus{left:.5rem}
header,main,nav.toc{max-width:62rem;margin:0 auto;padding:0 1rem}
header{border-bottom:2px solid var(--accent);padding-top:1rem}
header h1{margin:.2rem 0 .5rem;font-size:1.8rem}
.kicker{color:var(--muted);margin:0}
dl.pkg-meta,dl.io-meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0 1rem;font-size:.9rem}
dl.pkg-meta dt,dl.io-meta dt{color:var(--muted)}
dl.pkg-meta dd,dl.io-meta dd{margin:0;overflow-wrap:anywhere}
dl.pkg-meta div,dl.io-meta div{display:contents}
nav.toc{margin-top:1rem;font-size:.95rem}
nav.toc ol{list-style:none;padding-left:1.2rem;margin:.2rem 0}
h2{font-size:1.5rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line)}
h3{font-size:1.25rem;margin:1.6rem 0 .4rem}
h4{font-size:1.1rem;margin:1.3rem 0 .3rem}
h5,h6,.heading-deep{font-size:1rem;margin:1.1rem 0 .3rem;font-weight:700}
.kop-label,.kop-nummer{color:var(--accent)}
a{color:var(--accent)}
:target{outline:3px solid #E69F00;outline-offset:4px}
section:target{outline:none}
section:target > :is(h2,h3,h4,h5,h6,.heading-deep):first-child{background:#fff3cd}
section{clear:both}
.regeling-opschrift{font-size:1.4rem;font-weight:700;margin:1rem 0}
.gereserveerd{color:var(--muted);font-style:italic}
.tussenkop{font-weight:700}
ul.lijst-ongemarkeerd{list-style:none;padding-left:1.2rem}
ol.lijst-expliciet{list-style:none;padding-left:1.2rem}
.linummer{display:inline-block;min-width:2rem;font-weight:600}
li > .linummer + p{display:inline}
dl.begrippenlijst dt{font-weight:700;margin-top:.5rem}
dl.begrippenlijst dd{margin-left:1.5rem}
figure.figuur{margin:1rem 0}
figure.figuur img{max-width:100%;height:auto;border:1px solid var(--line)}
figcaption{color:var(--muted);font-size:.9rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
td p,th p{margin:.2rem 0}
.ioref{font-weight:600}
.noot{font-size:.85rem;color:var(--muted)}
aside.ow{float:right;clear:right;width:17rem;margin:0 0 .8rem 1rem;padding:.4rem .6rem;border-left:4px solid #009E73;background:#f1f8f5;font-size:.82rem}
aside.ow dl{margin:0}
aside.ow dl + dl{border-top:1px dashed var(--line);margin-top:.3rem;padding-top:.3rem}
aside.ow dt{font-weight:700;display:inline}
aside.ow dt::after{content:": "}
aside.ow dd{display:inline;margin:0}
aside.ow div{margin:.1rem 0}
@media (max-width:60rem){aside.ow{float:none;width:auto;margin:.5rem 0}}
.findings-inline{border-left:4px solid var(--blok);background:#fff4f4;padding:.3rem .6rem;margin:.4rem 0;font-size:.9rem}
.findings-inline ul,.findings-summary ol{margin:.2rem 0;padding-left:1.2rem}
.finding-code{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700}
.finding-severity{text-transform:uppercase;font-size:.75rem;letter-spacing:.03em;padding:0 .3rem;border-radius:3px;color:#fff;background:var(--info)}
.finding-blokkerend .finding-severity{background:var(--blok)}
.finding-waarschuwing .finding-severity{background:var(--warn)}
.finding-where{color:var(--muted)}
.count-blokkerend{color:var(--blok)}.count-waarschuwing{color:var(--warn)}.count-informatie{color:var(--info)}
figure.map-figure{margin:1rem 0}
svg.map{max-width:100%;height:auto;border:1px solid var(--line);background:#fbfbf8}
.map-bg{fill:#fbfbf8}
.map-layer{fill-opacity:.35;stroke-width:1.2;stroke-linejoin:round}
.map-layer .loc{cursor:pointer;outline:none}
.map-layer .loc:hover,.map-layer .loc:focus,.map-layer .loc.selected{fill-opacity:.75;stroke-width:2.5}
.map-layer .loc:focus{stroke:#000}
.map-layer path{fill-rule:evenodd}
.map-context path{fill:none;stroke:#444;stroke-width:1.5;stroke-dasharray:6 3}
.map-scale path{fill:none;stroke:#000;stroke-width:2}
.map-scale text,.map-north text{font-size:12px;fill:#000}
.map-north path{fill:#000}
.map-locator-bg{fill:#fff;stroke:#666;stroke-width:1}
.map-locator-context{fill:#eee;stroke:#444;stroke-width:1}
.map-locator-frame{fill:none;stroke:#D55E00;stroke-width:2}
ul.legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.swatch{display:inline-block;width:1rem;height:.8rem;margin-right:.35rem;opacity:.6;vertical-align:middle;border:1px solid #000}
.swatch-context{background:transparent;border:2px dashed #444;opacity:1}
.map-caption{font-weight:600;color:var(--ink)}
.map-info{font-size:.9rem;color:var(--muted);margin:.2rem 0}
.map-empty,.missing{color:var(--blok)}
.map-note{font-size:.9rem;color:var(--warn);margin:.2rem 0}
section.gio:focus{outline:none}
ins.renvooi{color:#006d2c;background:#e5f5e0;text-decoration:underline}
del.renvooi{color:#b00020;background:#fde0e0;text-decoration:line-through}
div.renvooi-blok{display:block}
.mutatie-actie{margin:1rem 0;padding:.3rem .6rem;border-left:4px solid var(--muted)}
.mutatie-actie>.mutatie-wat{font-size:.9rem;color:var(--muted);margin:.2rem 0}
@media print{
  body{font-size:11pt}
  .skip,.map-info{display:none}
  header,main,nav.toc{max-width:none}
  a{color:inherit;text-decoration:none}
  aside.ow{background:none;border:1px solid #999}
  figure,table,aside,.findings-inline{break-inside:avoid}
  section.gio{break-before:page}
  h2,h3,h4{break-after:avoid}
  :target{outline:none}
}
`

export const SCRIPT = `
(function () {
  function show(loc) {
    var fig = loc.closest('figure');
    if (!fig) return;
    var out = fig.querySelector('.map-info output');
    if (out) out.textContent = loc.getAttribute('data-naam');
    var prev = fig.querySelectorAll('.loc.selected');
    for (var i = 0; i !== prev.length; i++) prev[i].classList.remove('selected');
    loc.classList.add('selected');
  }
  function find(e) {
    var t = e.target;
    return t && t.closest ? t.closest('.loc') : null;
  }
  ['click', 'focusin', 'mouseover'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var loc = find(e);
      if (loc) show(loc);
    });
  });
  document.addEventListener('keydown', function (e) {
    var loc = find(e);
    if (!loc) return;
    if (e.key === 'Enter' || e.key === ' ') {
      show(loc);
      e.preventDefault();
      return;
    }
    var step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    var all = loc.closest('svg').querySelectorAll('.loc');
    var i = Array.prototype.indexOf.call(all, loc);
    var next = all[(i + step + all.length) % all.length];
    loc.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
    e.preventDefault();
  });
})();
`
