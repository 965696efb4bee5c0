// Draws the radar chart of a role profile from the data-chart attribute of #radar (ECharts).
(function () {
  function draw() {
    var element = document.getElementById('radar');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: {},
      radar: { indicator: data.indicators, radius: '70%', axisName: { color: '#1f2937' } },
      series: [{
        type: 'radar',
        data: [{ value: data.values, name: element.dataset.label }],
        areaStyle: { opacity: 0.25 },
        lineStyle: { width: 2 },
        itemStyle: { color: '#0b5cad' }
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
