export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/api/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
