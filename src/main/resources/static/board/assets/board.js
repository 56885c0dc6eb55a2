/* The board page's charts, drawn by ECharts from the figures the page carries (window.boardCharts). */
(function () {
  'use strict';
  var data = window.boardCharts || {};
  var colours = { late: '#d4351c', soon: '#f47738', track: '#00703c', none: '#b1b4b6', blue: '#1d70b8' };

  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(option);
    element.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { instance.resize(); });
  }

  var status = data.status || {};
  chart('chart-status', {
    animation: false,
    tooltip: {},
    series: [{
      type: 'pie', radius: ['45%', '75%'],
      color: [colours.late, colours.soon, colours.track, colours.none],
      label: { show: false },
      data: Object.keys(status).map(function (key) { return { name: key, value: status[key] }; })
    }]
  });

  var owners = data.actionsByOwner || [];
  chart('chart-actions', {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['Overdue', 'Open', 'Done'] },
    grid: { left: 160, right: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: owners.map(function (o) { return o.owner; }) },
    series: [
      { name: 'Overdue', type: 'bar', stack: 'actions', color: colours.late, data: owners.map(function (o) { return o.overdue; }) },
      { name: 'Open', type: 'bar', stack: 'actions', color: colours.blue, data: owners.map(function (o) { return o.open; }) },
      { name: 'Done', type: 'bar', stack: 'actions', color: colours.track, data: owners.map(function (o) { return o.done; }) }
    ]
  });

  var themes = data.themes || [];
  chart('chart-themes', {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['Lessons', 'Cases'] },
    grid: { left: 200, right: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: themes.map(function (t) { return t.theme; }) },
    series: [
      { name: 'Lessons', type: 'bar', color: colours.blue, data: themes.map(function (t) { return t.lessons; }) },
      { name: 'Cases', type: 'bar', color: colours.soon, data: themes.map(function (t) { return t.cases; }) }
    ]
  });

  var timeliness = data.timeliness || [];
  chart('chart-timeliness', {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['Started', 'Finished', 'Finished on time'] },
    grid: { left: 200, right: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: timeliness.map(function (t) { return t.type; }) },
    series: [
      { name: 'Started', type: 'bar', color: colours.blue, data: timeliness.map(function (t) { return t.started; }) },
      { name: 'Finished', type: 'bar', color: colours.none, data: timeliness.map(function (t) { return t.finished; }) },
      { name: 'Finished on time', type: 'bar', color: colours.track, data: timeliness.map(function (t) { return t.onTime; }) }
    ]
  });
}());
