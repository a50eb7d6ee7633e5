import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Ships the JSON Schema beside the validator that was generated from it. */
const schemaFile = {
  name: 'schema-file',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'schema/timeline.schema.json',
      source: readFileSync(resolve(src, 'schema/timeline.schema.json'), 'utf8'),
    });
  },
};

export default [
  // (a) The npm library: one file per module, dependencies left to the user's bundler, with .d.ts files.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'schema/index': 'src/schema/index.ts',
      'layout/index': 'src/layout/index.ts',
      'fallback/index': 'src/fallback/index.ts',
      'extract/index': 'src/extract/index.ts',
    },
    external: isBare,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: true }), schemaFile],
  },
  // The CLI, importing the library modules above rather than carrying its own copies.
  {
    input: 'bin/conflict-timeline.ts',
    external: (id) => isBare(id) || id.startsWith(src),
    output: {
      file: 'dist/bin/conflict-timeline.js',
      format: 'es',
      banner: '#!/usr/bin/env node',
      paths: (id) => (id.startsWith(src) ? `../${relative(src, id).replace(/\.ts$/, '.js')}` : id),
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.bin.json',
        noEmitOnError: true,
      }),
    ],
  },
  // (b) One self-contained file that defines <conflict-timeline> from a single <script type="module">.
  {
    input: 'src/define.ts',
    output: { file: 'dist/conflict-timeline.bundle.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        outDir: 'dist',
      }),
      terser({
        // V8's explicit compile hint (Chrome 136+; other engines read a comment): nearly every function here
        // runs when the first data arrives, and compiled lazily they cost that frame ~20 ms of main-thread
        // compiling. With the hint they compile on load, off the main thread, while the page fetches the data.
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
        ecma: 2022,
        module: true,
      }),
    ],
  },
];
