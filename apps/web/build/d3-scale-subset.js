// recharts looks its scales up by name in `import * as d3Scales from 'victory-vendor/d3-scale'`, which
// keeps all of d3-scale (time scales with d3-time and d3-time-format included) in the bundle. The app's
// charts use only these; a chart that sets another `scale` would get none (and recharts would say so).
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
