import { compile, compileModule, preprocess } from 'svelte/compiler';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { minify } from 'terser';
import { transform } from 'lightningcss';
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  let js, css = '';
  if (f.endsWith('.svelte')) {
    const p = await preprocess(src, { script: ({ content, attributes }) => attributes.lang === 'ts' ? { code: ts.transpileModule(content, { compilerOptions: { target: 99, verbatimModuleSyntax: true } }).outputText } : undefined });
    const r = compile(p.code, { filename: f, runes: true, generate: 'client', css: 'external' });
    js = r.js.code; css = r.css?.code ?? '';
  } else js = compileModule(ts.transpileModule(src, { compilerOptions: { target: 99 } }).outputText, { filename: f, generate: 'client' }).js.code;
  const m = (await minify(js, { module: true })).code;
  const c = css ? transform({ code: Buffer.from(css), minify: true, filename: 'x.css' }).code : Buffer.from('');
  console.log(f.padEnd(40), 'js', gzipSync(m).length, 'css', c.length ? gzipSync(c).length : 0);
}
