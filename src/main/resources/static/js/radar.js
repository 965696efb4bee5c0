// Draws a radar chart from the data-chart attribute of #radar (ECharts): a role profile (indicators + values), or
// several series (indicators + series [{name, values}]) such as a gap report's required levels against the person's.
(function () {
  var COLORS = ['#0b5cad', '#d96c00'];
  function draw() {
    var element = document.getElementById('radar');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var series = data.series || [{ name: element.dataset.label, values: data.values }];
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: {},
      legend: data.series ? { top: 0, left: 0, orient: 'vertical', data: series.map(function (s) { return s.name; }) } : undefined,
      radar: { indicator: data.indicators, radius: data.series ? '58%' : '65%', center: ['50%', data.series ? '57%' : '50%'], axisName: { color: '#1f2937' } },
      series: [{
        type: 'radar',
        data: series.map(function (s, i) {
          return {
            value: s.values, name: s.name,
            areaStyle: { opacity: 0.2 },
            lineStyle: { width: 2, color: COLORS[i % COLORS.length] },
            itemStyle: { color: COLORS[i % COLORS.length] }
          };
        })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
