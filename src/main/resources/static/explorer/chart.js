// ECharts, served by this server from its WebJar (pom.xml: org.webjars.npm:echarts), never from a CDN.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

/**
 * Draws a chart into a new element and returns it. ECharts' aria option describes the chart in an
 * aria-label for screen readers; the series names are also kept in data-series for anyone checking.
 */
export function chart(option, { label, height } = {}) {
  const el = document.createElement('div');
  el.className = 'chart';
  el.setAttribute('role', 'img');
  if (label) el.setAttribute('aria-label', label);
  if (height) el.style.height = height;
  el.dataset.series = (option.series || []).map((s) => s.name).join('|');
  // Drawn once the element is in the page, so it has a size.
  requestAnimationFrame(() => {
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    instance.setOption({ aria: { enabled: true }, animation: false, textStyle: { fontFamily: 'inherit', fontSize: 13 }, ...option });
    new ResizeObserver(() => instance.resize()).observe(el);
    el.dataset.drawn = 'true';
  });
  return el;
}
